package id.pendopo.ui.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ComplaintLabelsTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void aDeadlineAtMidnightReadsAsTheEndOfTheDayBefore() {
        // 2026-12-03 00:00 WIB: the end of Wednesday 2 December.
        assertThat(ComplaintLabels.deadline(Instant.parse("2026-12-02T17:00:00Z"), WIB)).isEqualTo("02-12-2026 23:59");
        assertThat(ComplaintLabels.deadline(Instant.parse("2026-12-02T03:30:00Z"), WIB)).isEqualTo("02-12-2026 10:30");
        assertThat(ComplaintLabels.when(Instant.parse("2026-12-02T17:00:00Z"), WIB)).isEqualTo("03-12-2026 00:00");
        assertThat(ComplaintLabels.deadline(null, WIB)).isEqualTo("—");
    }
}
