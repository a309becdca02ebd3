/**
 * The public REST API (JAX-RS under {@code /api/v1}): one package per capability with its resources and
 * request/response shapes, {@code problem} for the one error model (RFC 9457 problem+json), {@code tenancy}
 * for resolving the caller's regency once per request, and {@code docs} and {@code health} for the OpenAPI
 * document and the readiness checks. Rules live in tenant-service; this module only translates HTTP.
 */
package id.pendopo.api;
