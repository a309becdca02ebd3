/**
 * Idempotent requests: a client's retry with the same {@code Idempotency-Key} gets the first answer again
 * instead of doing the work twice, and a key reused for a different request is refused.
 */
package id.pendopo.idempotency;
