package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingIdTest {

    @Test
    void isFormattedAsPrefixTwoDigitYearAndSixDigitSequence() {
        assertThat(TrackingId.of("LKT", 2026, 123).value()).isEqualTo("LKT-26-000123");
        assertThat(TrackingId.of("MDN", 2031, 999_999).toString()).isEqualTo("MDN-31-999999");
    }

    @Test
    void parsingReadsWhatFormattingWroteAndForgivesCaseAndBlanks() {
        TrackingId id = TrackingId.parse(" lkt-26-000123 ");
        assertThat(id).isEqualTo(TrackingId.of("LKT", 2026, 123));
        assertThat(id.prefix()).isEqualTo("LKT");
        assertThat(id.yearOfCentury()).isEqualTo(26);
        assertThat(id.sequence()).isEqualTo(123);
        assertThat(TrackingId.parse(id.value())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LKT-26-00012", "LKT-26-0001234", "LK-26-000123", "LKT26000123", "LK1-26-000123",
            "LKT-2026-000123", "LKT-26-000000"})
    void malformedTrackingIdsAreRefused(String text) {
        assertThat(TrackingId.isValid(text)).isFalse();
        assertThatThrownBy(() -> TrackingId.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theSequenceHasAtMostSixDigits() {
        assertThatThrownBy(() -> TrackingId.of("LKT", 2026, 1_000_000)).isInstanceOf(ValidationException.class);
        assertThat(TrackingId.isValid(null)).isFalse();
    }
}
