/**
 * The platform operator's console: tenants (create, suspend, reactivate, export, archive and purge, details and
 * usage) and the official region list.
 */
package id.pendopo.ui.operator;
