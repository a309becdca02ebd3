package id.pendopo.idempotency;

import id.pendopo.shared.DomainException;

/** An Idempotency-Key came again with a different request. */
public class IdempotencyKeyReusedException extends DomainException {

    public static final String TYPE = "idempotency-key-reused";

    public IdempotencyKeyReusedException(String key) {
        super(TYPE, "Idempotency-Key '" + key + "' was already used for a different request; use a new key for a new request");
    }
}
