package id.pendopo.ui.complaint;

import static id.pendopo.ui.complaint.Complaints.AT;
import static id.pendopo.ui.complaint.Complaints.COORDINATOR;
import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.PrivacyMode;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeskActionTest {

    private static final Actor OFFICER = new Actor("opd.langkat", "OPD");

    @Test
    void aCoordinatorGetsWhatTheStateAllowsPlusTheConversation() {
        Complaint c = Complaints.received("LKT-26-000001", PrivacyMode.ANONYMOUS);
        assertThat(DeskAction.offered(c, AT, Complaints.coordinator(), null)).containsExactly(DeskAction.VERIFY,
                DeskAction.DEFER, DeskAction.NOT_OURS, DeskAction.ARCHIVE, DeskAction.RAISE_PRIVACY, DeskAction.RELOCATE,
                DeskAction.REPLY, DeskAction.NOTE);

        c.verify(COORDINATOR, AT, null);
        assertThat(DeskAction.offered(c, AT, Complaints.coordinator(), null)).containsExactly(DeskAction.RAISE_PRIVACY,
                DeskAction.RELOCATE, DeskAction.DISPOSE, DeskAction.REPLY, DeskAction.NOTE);

        c.dispose(Set.of(3L), AT.plus(Duration.ofDays(5)), COORDINATOR, AT, null);
        assertThat(DeskAction.offered(c, AT, Complaints.coordinator(), null))
                .as("the coordinator never answers for an agency").containsExactly(DeskAction.REPLY, DeskAction.NOTE);

        Complaint archived = Complaints.received("LKT-26-000002", PrivacyMode.ANONYMOUS);
        archived.archiveAsSpam(COORDINATOR, AT, null);
        assertThat(DeskAction.offered(archived, AT, Complaints.coordinator(), null))
                .as("no reply the reporter could not answer").containsExactly(DeskAction.NOTE);
    }

    @Test
    void anAgencyOfficerAnswersOnceAndOnlyForTheirOwnAgency() {
        Complaint c = Complaints.received("LKT-26-000002", PrivacyMode.ANONYMOUS);
        assertThat(DeskAction.offered(c, AT, Complaints.officer("DPUPR"), 3L)).isEmpty();
        c.verify(COORDINATOR, AT, null);
        c.dispose(Set.of(3L, 4L), AT.plus(Duration.ofDays(5)), COORDINATOR, AT, null);

        assertThat(DeskAction.offered(c, AT, Complaints.officer("DPUPR"), 3L)).containsExactly(DeskAction.RESPOND,
                DeskAction.NOTE);
        assertThat(DeskAction.offered(c, AT, Complaints.officer("DLH"), 9L)).isEmpty();

        c.recordAgencyResponse(3L, "Sudah ditambal", OFFICER, AT);
        assertThat(DeskAction.offered(c, AT, Complaints.officer("DPUPR"), 3L)).containsExactly(DeskAction.NOTE);
        assertThat(DeskAction.offered(c, AT, Complaints.officer("DINKES"), 4L)).containsExactly(DeskAction.RESPOND,
                DeskAction.NOTE);
    }

    @Test
    void aTenantAdminActsAsACoordinator() {
        Complaint c = Complaints.received("LKT-26-000003", PrivacyMode.ANONYMOUS);
        assertThat(DeskAction.offered(c, AT, Complaints.admin(), null))
                .isEqualTo(DeskAction.offered(c, AT, Complaints.coordinator(), null)).contains(DeskAction.VERIFY);
    }

    @Test
    void buttonIdsAreTheOnesTheBrowserTestsUse() {
        assertThat(DeskAction.values()).extracting(DeskAction::elementId).containsExactly("action-verify",
                "action-defer", "action-not-ours", "action-archive", "action-raise-privacy", "action-relocate", "action-dispose",
                "action-respond", "action-resolve", "action-reply", "action-note");
    }
}
