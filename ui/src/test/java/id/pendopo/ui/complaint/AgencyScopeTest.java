package id.pendopo.ui.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.agency.Agency;
import id.pendopo.complaint.Viewer;
import id.pendopo.identity.Role;
import id.pendopo.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgencyScopeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static List<Agency> agencies() {
        Agency closed = new Agency("DISHUB", "Dinas Perhubungan", NOW);
        closed.deactivate();
        return List.of(new Agency("DPUPR", "Dinas Pekerjaan Umum", NOW), closed);
    }

    @Test
    void coordinatorsAndAdminsSeeEveryAgency() {
        assertThat(AgencyScope.of(Complaints.coordinator(), agencies())).isEmpty();
        assertThat(AgencyScope.of(Complaints.admin(), agencies())).isEmpty();
    }

    @Test
    void anAgencyOfficerIsNarrowedToTheAgencyOfTheClaim() {
        assertThat(AgencyScope.of(Complaints.officer("dpupr"), agencies())).get().extracting(Agency::code).isEqualTo("DPUPR");
    }

    @Test
    void anOfficerWithoutAKnownActiveAgencyIsRefusedNotShownEverything() {
        for (String claim : new String[] {null, " "}) {
            assertThatThrownBy(() -> AgencyScope.of(Complaints.officer(claim), agencies()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("no-agency-claim"));
        }
        for (String claim : new String[] {"DINKES", "DISHUB"}) {
            assertThatThrownBy(() -> AgencyScope.of(Complaints.officer(claim), agencies()))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.type()).isEqualTo("unknown-agency"));
        }
    }

    @Test
    void rolesDecideTheViewer() {
        // A coordinator's role added to an agency officer by mistake must not show them every reporter.
        StaffUser both = StaffUser.of("x", null, Set.of(Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER)::contains, "DPUPR");
        assertThat(both.agencyOfficer()).isTrue();
        assertThat(both.coordinator()).isFalse();
        assertThat(both.viewer()).isEqualTo(Viewer.AGENCY_OFFICER);
        assertThat(both.displayName()).isEqualTo("x");
        StaffUser adminAndOfficer = StaffUser.of("y", null, Set.of(Role.Names.TENANT_ADMIN, Role.Names.AGENCY_OFFICER)::contains, "DPUPR");
        assertThat(adminAndOfficer.coordinator() || adminAndOfficer.admin()).isFalse();
        assertThat(adminAndOfficer.viewer()).isEqualTo(Viewer.AGENCY_OFFICER);
        StaffUser officer = StaffUser.of("opd.langkat", "OPD", Set.of(Role.Names.AGENCY_OFFICER)::contains, "DPUPR");
        assertThat(officer.viewer()).isEqualTo(Viewer.AGENCY_OFFICER);
        assertThat(officer.actor().id()).isEqualTo("opd.langkat");
        assertThat(officer.coordinator()).isFalse();
        StaffUser admin = StaffUser.of("admin.langkat", "Admin", Set.of(Role.Names.TENANT_ADMIN)::contains, null);
        assertThat(admin.coordinator()).as("acts as in the API").isTrue();
        assertThat(admin.viewer()).isEqualTo(Viewer.COORDINATOR);
    }

    @Test
    void aStaffAccountNamedLikeTheReporterOrTheSystemDoesNotActAsThem() {
        var named = StaffUser.of("reporter", "Rina", Set.of(Role.Names.COMPLAINT_OFFICER)::contains, null).actor();
        assertThat(named.isReporter()).isFalse();
        assertThat(named.id()).isEqualTo("staff:reporter");
        assertThat(StaffUser.of("system", "S", Set.of(Role.Names.COMPLAINT_OFFICER)::contains, null).actor().id())
                .isEqualTo("staff:system");
    }
}
