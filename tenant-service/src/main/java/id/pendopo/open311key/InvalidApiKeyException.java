package id.pendopo.open311key;

import id.pendopo.shared.DomainException;

/**
 * The Open311 API key is missing, malformed, unknown, revoked, or belongs to another regency. The message does not
 * say which, so that a caller cannot probe which key ids exist where.
 */
public class InvalidApiKeyException extends DomainException {

    public static final String TYPE = "invalid-api-key";

    public InvalidApiKeyException(String message) {
        super(TYPE, message);
    }
}
