package id.pendopo.shared;

/**
 * A business rule refused an operation. {@link #type()} is a stable, machine-readable code that the
 * API publishes as the problem type and the UI uses as its message key ({@code error.<type>}).
 */
public class DomainException extends RuntimeException {

    private final String type;

    public DomainException(String type, String message) {
        super(message);
        this.type = type;
    }

    public DomainException(String type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
