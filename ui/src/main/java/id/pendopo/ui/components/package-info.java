/** Small building blocks every view uses: notifications, the one-time credentials dialog, error handling. */
package id.pendopo.ui.components;
