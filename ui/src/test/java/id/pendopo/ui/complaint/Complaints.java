package id.pendopo.ui.complaint;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.TrackingSecret;
import id.pendopo.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Complaints built in memory, without a database, for the screens' rules. */
final class Complaints {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    static final Actor COORDINATOR = new Actor("verifikator.langkat", "Verifikator Langkat");
    static final TrackingSecret SECRET = TrackingSecret.hash("K7MQ-2XPR-9WTD-4HNC");

    private Complaints() {
    }

    static Complaint received(String trackingId, PrivacyMode privacy) {
        NewComplaint report = new NewComplaint(ComplaintType.PENGADUAN, "INFRASTRUKTUR", "=HYPERLINK(\"x\") Jalan, rusak",
                "Lubang besar", new Location("12.05.01", null, "Jl. Sekolah 3", null, null), Channel.PHONE,
                new Reporter("Rina", "0812000111", "rina@example.id"), privacy);
        return Complaint.receive(TrackingId.parse(trackingId), report, SECRET, COORDINATOR, AT, AT.plus(Duration.ofDays(3)));
    }

    static StaffUser coordinator() {
        return new StaffUser("verifikator.langkat", "Verifikator", true, false, false, null);
    }

    /** As the tenant admin's token makes them: a coordinator too. */
    static StaffUser admin() {
        return StaffUser.of("admin.langkat", "Admin", Set.of(Role.Names.TENANT_ADMIN)::contains, null);
    }

    static StaffUser officer(String agency) {
        return new StaffUser("opd.langkat", "OPD", false, false, true, agency);
    }
}
