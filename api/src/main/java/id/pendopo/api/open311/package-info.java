/**
 * Open311 GeoReport v2 at {@code /api/open311/v2/}: one endpoint for every regency on the platform, each a
 * jurisdiction named by {@code jurisdiction_id} (the tenant slug). Its own JAX-RS application, without bearer
 * tokens (anyone may read; posting takes a regency's {@code api_key}), answering in the specification's XML and
 * JSON and in its error format instead of problem+json. What may be published is decided in the core
 * ({@link id.pendopo.open311.GeoReport}); this package only speaks the protocol.
 */
package id.pendopo.api.open311;
