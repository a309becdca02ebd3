/**
 * Endpoints for the benchmarks under {@code deployment/bench}, never for production: they answer 404 unless the
 * MicroProfile Config property {@code pendopo.bench.enabled} is {@code true}. One inserts a row with plain JDBC, the
 * floor the platform's own intake is compared with; the other times the staff inbox's queries as the server spends
 * them.
 */
package id.pendopo.api.bench;
