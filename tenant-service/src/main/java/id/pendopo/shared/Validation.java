package id.pendopo.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every failing field of one input before refusing it, so a client fixes all of them at once. */
public final class Validation {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new ValidationException.FieldError(field, message));
        }
        return this;
    }

    public Validation notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "must not be blank");
    }

    public Validation maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public Validation matches(String value, Pattern pattern, String field, String message) {
        return require(value == null || pattern.matcher(value).matches(), field, message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
