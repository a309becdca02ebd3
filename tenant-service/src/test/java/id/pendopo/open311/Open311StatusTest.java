package id.pendopo.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.shared.ValidationException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class Open311StatusTest {

    @Test
    void openWhileTheRegencyStillOwesTheReporterSomething() {
        for (ComplaintStatus s : EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.DEFERRED, ComplaintStatus.VERIFIED,
                ComplaintStatus.DISPOSED, ComplaintStatus.FOLLOWED_UP)) {
            assertThat(Open311Status.of(s)).as(s.name()).isEqualTo(Open311Status.OPEN);
        }
    }

    @Test
    void closedOnceHandlingEnded() {
        for (ComplaintStatus s : EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, ComplaintStatus.ARCHIVED,
                ComplaintStatus.NOT_OUR_JURISDICTION)) {
            assertThat(Open311Status.of(s)).as(s.name()).isEqualTo(Open311Status.CLOSED);
        }
    }

    @Test
    void everyComplaintStatusIsEitherOpenOrClosed() {
        EnumSet<ComplaintStatus> both = EnumSet.copyOf(Open311Status.OPEN.statuses());
        both.addAll(Open311Status.CLOSED.statuses());
        assertThat(both).containsExactlyInAnyOrder(ComplaintStatus.values());
        assertThat(Open311Status.OPEN.statuses()).doesNotContainAnyElementsOf(Open311Status.CLOSED.statuses());
    }

    @Test
    void parametersAreOpenOrClosedInAnyCase() {
        assertThat(Open311Status.parse(" Open ")).isEqualTo(Open311Status.OPEN);
        assertThat(Open311Status.parse("CLOSED").code()).isEqualTo("closed");
        assertThatThrownBy(() -> Open311Status.parse("pending")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("status");
    }
}
