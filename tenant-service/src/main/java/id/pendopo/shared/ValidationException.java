package id.pendopo.shared;

import java.util.List;

/** Input that breaks one or more rules. Every failing field is listed, not only the first. */
public class ValidationException extends DomainException {

    /** One failing field: the field's name as the client sent it, and a readable reason. */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation", "Invalid input: " + summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder s = new StringBuilder();
        for (FieldError e : errors) {
            if (!s.isEmpty()) {
                s.append("; ");
            }
            s.append(e.field()).append(": ").append(e.message());
        }
        return s.toString();
    }
}
