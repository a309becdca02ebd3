package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicateHintsTest {

    private ComplaintWorld world;
    private DuplicateHints hints;

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
        hints = new DuplicateHints(world.data);
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private TrackingId report(String category, String title, String description, String district, Double lat, Double lon) {
        TrackingId id = world.intake.submit(new NewComplaint(ComplaintType.PENGADUAN, category, title, description,
                new Location(district, null, null, lat, lon), Channel.WEB, null, null), List.of(), Actor.SYSTEM).trackingId();
        world.clock.advance(Duration.ofMinutes(5));
        return id;
    }

    private List<DuplicateHints.Hint> hintsFor(TrackingId id) {
        return world.inTx(() -> hints.of(world.complaints.require(id)));
    }

    @Test
    void theMostSimilarReportOfTheSameCategoryAndKecamatanComesFirst() {
        TrackingId same = report("INFRASTRUKTUR", "Jalan berlubang di depan SD Negeri 5", "Lubang besar, motor jatuh", "12.05.01", null, null);
        TrackingId related = report("INFRASTRUKTUR", "Jalan rusak di pasar", "Jalan berlubang dekat pasar", "12.05.01", null, null);
        report("INFRASTRUKTUR", "Lampu jalan mati", "Penerangan padam sejak minggu lalu", "12.05.01", null, null);
        report("KEBERSIHAN", "Jalan berlubang di depan SD Negeri 5", "Lubang besar, motor jatuh", "12.05.01", null, null);
        report("INFRASTRUKTUR", "Jalan berlubang di depan SD Negeri 5", "Lubang besar, motor jatuh", "12.05.02", null, null);
        TrackingId subject = report("INFRASTRUKTUR", "Ada jalan berlubang depan SD Negeri 5",
                "Lubangnya besar sekali, dua motor jatuh", "12.05.01", null, null);

        List<DuplicateHints.Hint> found = hintsFor(subject);

        assertThat(found).extracting(DuplicateHints.Hint::trackingId).containsExactly(same, related);
        assertThat(found.get(0).score()).isGreaterThan(0.5).isGreaterThan(found.get(1).score());
        assertThat(found.get(0).reasons()).containsExactlyInAnyOrder(DuplicateHints.Reason.SAME_CATEGORY,
                DuplicateHints.Reason.SAME_DISTRICT, DuplicateHints.Reason.SIMILAR_TEXT);
    }

    @Test
    void aReportWithin500MetresCountsAcrossTheKecamatanBorderAndOneFarAwayDoesNot() {
        TrackingId near = report("INFRASTRUKTUR", "Jembatan retak", "Retak di tiang jembatan", "12.05.02", 3.5900, 98.6730);
        report("INFRASTRUKTUR", "Jembatan retak", "Retak di tiang jembatan", "12.05.02", 3.6200, 98.6700);
        TrackingId subject = report("INFRASTRUKTUR", "Jembatan hampir ambruk", "Tiang jembatan retak", "12.05.01", 3.5910, 98.6700);

        List<DuplicateHints.Hint> found = hintsFor(subject);

        assertThat(found).extracting(DuplicateHints.Hint::trackingId).containsExactly(near);
        assertThat(found.get(0).reasons()).contains(DuplicateHints.Reason.NEARBY)
                .doesNotContain(DuplicateHints.Reason.SAME_DISTRICT);
        assertThat(found.get(0).distanceMetres()).isLessThan(500);
    }

    @Test
    void onlyTheLast30DaysAtMostFiveAndNeverItself() {
        report("INFRASTRUKTUR", "Jalan berlubang parah", "Jalan berlubang parah", "12.05.01", null, null);
        world.clock.advance(Duration.ofDays(31));
        for (int i = 0; i < 7; i++) {
            report("INFRASTRUKTUR", "Jalan berlubang parah nomor " + i, "Jalan berlubang parah", "12.05.01", null, null);
        }
        TrackingId subject = report("INFRASTRUKTUR", "Jalan berlubang parah", "Jalan berlubang parah", "12.05.01", null, null);

        List<DuplicateHints.Hint> found = hintsFor(subject);

        assertThat(found).hasSize(DuplicateHints.MAX_HINTS).extracting(DuplicateHints.Hint::trackingId)
                .doesNotContain(subject)
                .allSatisfy(id -> assertThat(id.sequence()).isGreaterThan(1));
    }

    @Test
    void anotherRegencysReportsAreNeverHints() {
        TrackingId subject = report("INFRASTRUKTUR", "Jalan berlubang", "Jalan berlubang", "12.05.01", 3.59, 98.67);
        try (TenantContext.Scope s = TenantContext.enter(world.medan)) {
            world.intake.submit(new NewComplaint(ComplaintType.PENGADUAN, "INFRASTRUKTUR", "Jalan berlubang",
                    "Jalan berlubang", new Location("12.71.01", null, null, 3.59, 98.67), Channel.WEB, null, null),
                    List.of(), Actor.SYSTEM);
        }
        assertThat(hintsFor(subject)).isEmpty();
    }

    @Test
    void wordsIgnoreCaseStopWordsAndTheNyaSuffix() {
        assertThat(DuplicateHints.words("Lubangnya BESAR sekali di jalan, yang sudah rusak!"))
                .containsExactlyInAnyOrder("lubang", "besar", "jalan", "rusak");
        assertThat(DuplicateHints.jaccard(DuplicateHints.words("jalan rusak"), DuplicateHints.words("Jalan RUSAK parah")))
                .isEqualTo(2.0 / 3);
    }
}
