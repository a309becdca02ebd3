package id.pendopo.ui.i18n;

import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the core's refusals into sentences for people. A {@link DomainException}'s type is its message key
 * ({@code error.<type>}); the technical English message is shown only when no translation exists, so a new
 * rule in the core is never silently swallowed.
 *
 * <p>Field errors carry English reasons without codes; the common shapes ("must not be blank", "must be at most
 * N characters") and the known rules per field ({@code validation.<field>}) are translated, anything else is shown
 * as the core wrote it.
 */
public final class ErrorMessages {

    private static final Pattern MAX_LENGTH = Pattern.compile("must be at most (\\d+) characters");
    /** One file of a report, e.g. {@code attachments[0]}, as {@code AttachmentPolicy} names it. */
    private static final Pattern ATTACHMENT = Pattern.compile("attachments\\[(\\d+)]");

    private ErrorMessages() {
    }

    public static String of(DomainException e, Locale locale) {
        if (e instanceof ValidationException v && v.errors().size() > 0) {
            return Translations.get(locale, "error.validation") + " " + v.errors().stream()
                    .map(f -> fieldLabel(f.field(), locale) + ": " + field(f, locale))
                    .collect(Collectors.joining("; "));
        }
        return Translations.find(locale, "error." + e.type())
                .orElseGet(() -> Translations.get(locale, "error.unknown-type", e.getMessage()));
    }

    /** The translated reason of one field error, to be shown at the field itself. */
    public static String field(FieldError error, Locale locale) {
        String message = error.message() == null ? "" : error.message();
        if (ValidationException.REQUIRED.equals(error.code()) || message.startsWith("must not be blank")) {
            return Translations.get(locale, "validation.required");
        }
        Matcher max = MAX_LENGTH.matcher(message);
        if (max.matches()) {
            return Translations.get(locale, "validation.max-length", Integer.valueOf(max.group(1)));
        }
        if (ATTACHMENT.matcher(error.field()).matches()) {
            return Translations.get(locale, "validation.attachment", message);
        }
        if ("kode".equals(error.field()) && message.startsWith("is not a regency")) {
            return Translations.get(locale, "validation.kode.not-regency");
        }
        if ("tenantSlug".equals(error.field()) && message.startsWith("is this regency itself")) {
            return Translations.get(locale, "validation.tenantSlug.itself");
        }
        if ("tenantSlug".equals(error.field()) && message.startsWith("is not an active regency")) {
            return Translations.get(locale, "validation.tenantSlug.unknown");
        }
        if ("kode".equals(error.field()) && message.startsWith("province ")) {
            return Translations.get(locale, "validation.kode.no-province");
        }
        return Translations.find(locale, "validation." + error.field()).orElse(message);
    }

    /** A field's name as people read it, e.g. {@code adminEmail} becomes "Email admin". */
    public static String fieldLabel(String field, Locale locale) {
        Optional<String> label = Translations.find(locale, "field." + field);
        if (label.isPresent()) {
            return label.get();
        }
        Matcher attachment = ATTACHMENT.matcher(field);
        if (attachment.matches()) {
            return Translations.get(locale, "field.attachment-n", Integer.valueOf(attachment.group(1)) + 1);
        }
        Matcher line = Pattern.compile("line (\\d+)").matcher(field);
        if (line.matches()) {
            return Translations.get(locale, "field.line", Integer.valueOf(line.group(1)));
        }
        return field;
    }
}
