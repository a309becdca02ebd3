package id.pendopo.shared;

/** The thing asked for does not exist, or exists in a tenant the caller cannot see; the two look the same. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("not-found", what + " " + id + " not found");
    }
}
