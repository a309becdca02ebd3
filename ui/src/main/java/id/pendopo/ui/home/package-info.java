/** Where a regency's staff land: their tenant's own, branded space. */
package id.pendopo.ui.home;
