package id.pendopo.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Input that breaks one or more rules. Every failing field is listed, not only the first. */
public class ValidationException extends DomainException {

    /**
     * One failing field: the field's name as the client sent it, a readable reason, and a stable code for programs:
     * {@link #REQUIRED}, {@link #TOO_LONG}, {@link #UNPRINTABLE}, {@link #FORMAT}, {@link #OUT_OF_RANGE} or
     * {@link #INVALID} (any other rule; the message says which).
     */
    public record FieldError(String field, String message, String code) {

        public FieldError {
            code = code == null ? INVALID : code;
        }

        /** A failing field of another rule than the coded ones: code {@link #INVALID}. */
        public FieldError(String field, String message) {
            this(field, message, INVALID);
        }
    }

    /** Missing or blank. */
    public static final String REQUIRED = "required";
    /** Longer than the field allows. */
    public static final String TOO_LONG = "too-long";
    /** Holds a control character or an unpaired surrogate. */
    public static final String UNPRINTABLE = "unprintable-character";
    /** Not of the expected form (a pattern, a date, a number, an e-mail address). */
    public static final String FORMAT = "invalid-format";
    /** A number or size outside its bounds. */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** Any other rule: an unknown code or reference, a state the field may not take, and so on. */
    public static final String INVALID = "invalid";

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation", "Invalid input: " + summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /** One failing field with its code (see {@link FieldError}). */
    public static ValidationException of(String field, String message, String code) {
        return new ValidationException(List.of(new FieldError(field, message, code)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The same errors with their fields renamed as {@code names} says (others as they are), codes and messages kept:
     * for a boundary whose clients name a field otherwise than the domain does (the API's {@code text} is a
     * deferral's {@code reason}, a response's {@code response}).
     */
    public ValidationException renamed(Map<String, String> names) {
        List<FieldError> renamed = new ArrayList<>(errors.size());
        for (FieldError e : errors) {
            renamed.add(new FieldError(names.getOrDefault(e.field(), e.field()), e.message(), e.code()));
        }
        return new ValidationException(renamed);
    }

    /** Runs {@code work}; a validation error it throws names its fields as {@code names} says ({@link #renamed}). */
    public static <T> T inTermsOf(Map<String, String> names, Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationException e) {
            throw e.renamed(names);
        }
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
