package id.pendopo.complaint;

import id.pendopo.shared.DomainException;

/** The tracking secret given with a citizen's act does not belong to the complaint. */
public class InvalidTrackingSecretException extends DomainException {

    public static final String TYPE = "invalid-tracking-secret";

    public InvalidTrackingSecretException(String trackingId) {
        super(TYPE, "The tracking secret does not match complaint " + trackingId);
    }
}
