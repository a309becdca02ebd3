package id.pendopo.ui.components;

import com.vaadin.flow.component.HasValidation;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.i18n.ErrorMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shows the core's refusal of a form where it belongs: each failing field's translated reason at the field, and
 * reasons about fields the form does not show in one notification, so none is lost.
 */
public final class FieldErrors {

    /** Reasons per field shown in the form, and the sentences for everything else. */
    public record Split(Map<String, String> atFields, List<String> elsewhere) {
    }

    private FieldErrors() {
    }

    /** The first reason per field (the core checks presence first, so a blank field says "required"). */
    public static Split split(ValidationException invalid, Set<String> shown, Locale locale) {
        Map<String, String> atFields = new LinkedHashMap<>();
        Map<String, String> others = new LinkedHashMap<>();
        for (ValidationException.FieldError error : invalid.errors()) {
            (shown.contains(error.field()) ? atFields : others)
                    .putIfAbsent(error.field(), ErrorMessages.field(error, locale));
        }
        List<String> elsewhere = new ArrayList<>();
        others.forEach((field, reason) -> elsewhere.add(ErrorMessages.fieldLabel(field, locale) + ": " + reason));
        return new Split(atFields, elsewhere);
    }

    /** Marks the failing fields of {@code fields} (keyed by the core's field names) and notifies the rest. */
    public static void show(ValidationException invalid, Map<String, ? extends HasValidation> fields, Locale locale) {
        fields.values().forEach(f -> f.setInvalid(false));
        Split split = split(invalid, fields.keySet(), locale);
        split.atFields().forEach((field, reason) -> {
            HasValidation f = fields.get(field);
            f.setErrorMessage(reason);
            f.setInvalid(true);
        });
        if (!split.elsewhere().isEmpty()) {
            Notifications.error(String.join("; ", split.elsewhere()));
        }
    }
}
