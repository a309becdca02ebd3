package id.pendopo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void textWithTabsLineBreaksAndEmojiIsAccepted() {
        new Validation().maxLength("Jalan\trusak\r\nparah 😡 — ü", 100, "description").throwIfInvalid();
    }

    @Test
    void textOfOnlyNoBreakOrZeroWidthSpacesIsBlank() {
        assertThat(Validation.isBlank("\u00A0\u00A0")).isTrue();
        assertThat(Validation.isBlank(" \u200B\uFEFF\u202F ")).isTrue();
        assertThat(Validation.isBlank("Jalan\u00A0rusak")).isFalse();
        assertThatThrownBy(() -> new Validation().notBlank("\u200B", "title").throwIfInvalid())
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyInstantsADatetimeColumnHoldsAreStorable() {
        assertThat(Validation.storable(java.time.Instant.parse("2026-12-08T00:00:00Z"))).isTrue();
        assertThat(Validation.storable(java.time.Instant.parse("9999-12-31T23:59:59.999999Z"))).isTrue();
        assertThat(Validation.storable(java.time.Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThat(Validation.storable(java.time.Instant.parse("0999-12-31T23:59:59Z"))).isFalse();
    }

    @Test
    void aControlCharacterIsRefusedWithItsCodeAndPosition() {
        assertThatThrownBy(() -> new Validation().maxLength("ab\u0001c", 100, "description").throwIfInvalid())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(f -> {
                            assertThat(f.field()).isEqualTo("description");
                            assertThat(f.message()).contains("U+0001").contains("position 3");
                        }));
    }

    @Test
    void unpairedSurrogatesAndNonCharactersAreRefused() {
        assertThat(Validation.firstUnprintable("a\uD800b")).isEqualTo(1);
        assertThat(Validation.firstUnprintable("ab\uDC00")).isEqualTo(2);
        assertThat(Validation.firstUnprintable("\uFFFE")).isZero();
        assertThat(Validation.firstUnprintable("x\u000B")).isEqualTo(1);
        assertThat(Validation.firstUnprintable("ok 😡\u007F")).isEqualTo(-1);
    }

    @Test
    void tooLongAndUnprintableAreBothReported() {
        assertThatThrownBy(() -> new Validation().maxLength("\u0000\u0000\u0000", 2, "title").throwIfInvalid())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(2));
    }
}
