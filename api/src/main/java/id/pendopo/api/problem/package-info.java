/**
 * The API's one error model: every failure, from a refused business rule to a wrong URL or an expired token,
 * reaches the client as {@code application/problem+json} (RFC 9457) with a stable {@code type} URI, and never
 * with a stack trace. {@link id.pendopo.api.problem.Problems} decides status and type; the JAX-RS exception
 * mappers and {@link id.pendopo.api.problem.ProblemErrorServlet} (for errors the servlet container produces
 * itself, such as 401 from token validation or 404 outside JAX-RS) only render what it decides.
 */
package id.pendopo.api.problem;
