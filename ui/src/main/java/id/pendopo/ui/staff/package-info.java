/** A regency's administrator manages the accounts of their staff: invite, roles, enable and disable. */
package id.pendopo.ui.staff;
