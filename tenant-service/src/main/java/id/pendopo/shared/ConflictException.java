package id.pendopo.shared;

/** The operation clashes with the current state: a duplicate key, or a transition the state does not allow. */
public class ConflictException extends DomainException {

    public ConflictException(String type, String message) {
        super(type, message);
    }
}
