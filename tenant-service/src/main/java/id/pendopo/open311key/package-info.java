/**
 * Open311 API keys: the credentials with which an app posts service requests (laporan) to one regency through
 * the Open311 GeoReport v2 endpoint. A tenant admin creates and revokes them; the platform keeps only a hash.
 */
package id.pendopo.open311key;
