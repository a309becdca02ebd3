package id.pendopo.api.shared;

import id.pendopo.shared.DomainException;

/** A request body passed its {@link BodyLimit} while it was read: 413 {@code payload-too-large}. */
public class BodyTooLargeException extends DomainException {

    public BodyTooLargeException(long limit) {
        super("payload-too-large", "The request body has more than " + limit + " bytes, more than any request needs");
    }
}
