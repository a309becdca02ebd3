package id.pendopo.identity;

import id.pendopo.shared.DomainException;

/** The identity provider could not be reached or refused a request; nothing that depends on it was kept. */
public class IdentityUnavailableException extends DomainException {

    public IdentityUnavailableException(String message, Throwable cause) {
        super("identity-unavailable", message, cause);
    }

    public IdentityUnavailableException(String message) {
        super("identity-unavailable", message);
    }
}
