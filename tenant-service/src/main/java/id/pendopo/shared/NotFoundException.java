package id.pendopo.shared;

/** The thing asked for does not exist, or exists in a tenant the caller cannot see; the two look the same. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " not found");
    }

    private NotFoundException(String message) {
        super("not-found", message);
    }

    /** Not found, in words of its own (for example why a regency that exists is not open). */
    public static NotFoundException saying(String message) {
        return new NotFoundException(message);
    }
}
