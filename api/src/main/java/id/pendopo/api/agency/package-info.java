/** The regency's agencies (OPD) over HTTP: read-only for now, always of the caller's own regency. */
package id.pendopo.api.agency;
