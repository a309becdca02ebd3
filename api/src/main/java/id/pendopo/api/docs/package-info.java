/**
 * The API's documentation: the OpenAPI document, generated at build time from the JAX-RS resources and their
 * MicroProfile OpenAPI annotations, at {@code /api/openapi}, and Swagger UI over it at {@code /api/docs/}.
 */
package id.pendopo.api.docs;
