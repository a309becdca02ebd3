package id.pendopo.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void eachShownFieldGetsItsFirstReasonTranslatedAndTheRestIsNamedForTheNotification() {
        ValidationException invalid = new ValidationException(List.of(
                new FieldError("code", "must not be blank"),
                new FieldError("code", "must be 1-40 capital letters, digits, '-' or '_'"),
                new FieldError("verificationDays", "must be between 1 and 30 working days"),
                new FieldError("keywords", "must be at most 500 characters")));

        FieldErrors.Split split = FieldErrors.split(invalid, Set.of("code", "verificationDays"), ID);

        assertThat(split.atFields()).containsExactly(
                java.util.Map.entry("code", "Wajib diisi."),
                java.util.Map.entry("verificationDays", "Harus 1 sampai 30 hari kerja."));
        assertThat(split.elsewhere()).containsExactly("Kata kunci: Paling banyak 500 karakter.");
    }

    @Test
    void aRuleOfTheCoreIsExplainedInEnglishToo() {
        ValidationException invalid = ValidationException.of("code", "must be 1-40 capital letters, digits, '-' or '_'");

        assertThat(FieldErrors.split(invalid, Set.of("code"), Locale.ENGLISH).atFields().get("code"))
                .isEqualTo("1–40 capital letters, digits, hyphens or underscores, starting with a letter or digit.");
    }
}
