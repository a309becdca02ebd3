/**
 * Agencies (OPD, organisasi perangkat daerah): the regency's departments that complaints are sent to and that
 * answer them. Every agency belongs to exactly one tenant.
 */
package id.pendopo.agency;
