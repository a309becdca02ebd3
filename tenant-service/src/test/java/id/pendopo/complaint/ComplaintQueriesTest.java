package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.tenancy.TenantExportWriter;
import id.pendopo.testing.ComplaintWorld;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComplaintQueriesTest {

    private ComplaintWorld world;
    private final List<TrackingId> ids = new ArrayList<>();

    @BeforeEach
    void sevenComplaints() throws Exception {
        world = new ComplaintWorld();
        for (int i = 0; i < 7; i++) {
            String district = i % 2 == 0 ? "12.05.01" : "12.05.02";
            String category = i < 5 ? "INFRASTRUKTUR" : "KEBERSIHAN";
            ids.add(world.intake.submit(new NewComplaint(ComplaintType.PENGADUAN, category, "Laporan nomor " + i,
                    i == 3 ? "Sampah menumpuk di pasar" : "Jalan rusak", new Location(district, null, null, null, null),
                    Channel.API, null, null), List.of(), Actor.SYSTEM).trackingId());
            world.clock.advance(Duration.ofMinutes(10));
        }
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private List<String> titles(ComplaintFilter f) {
        return world.inTx(() -> world.queries.range(f, ComplaintQueries.Order.NEWEST, 0, 100)).stream()
                .map(Complaint::title).toList();
    }

    private static ComplaintFilter filter(Set<ComplaintStatus> s, String category, Long agency, String district,
            Boolean overdue, String text) {
        return new ComplaintFilter(s, category, agency, district, overdue, null, null, null, text, false);
    }

    private Instant receivedAt(int i) {
        return world.inTx(() -> world.complaints.findByTrackingId(ids.get(i)).orElseThrow().receivedAt());
    }

    private static ComplaintFilter words(String text, Instant from, Instant before) {
        return new ComplaintFilter(null, null, null, null, null, from, before, null, text, false);
    }

    /** Words are read from rows, so without a start date only the newest complaints are read for them. */
    @Test
    void wordsAreLookedForAmongTheNewestComplaintsUnlessAStartDateSaysHowFarBack() {
        ComplaintQueries windowOfThree = new ComplaintQueries(world.data, world.clock, 3);
        Instant first = receivedAt(0);
        Instant third = receivedAt(2);
        Instant fifth = receivedAt(4);
        java.util.function.Function<ComplaintFilter, List<String>> titles = f -> world.inTx(
                () -> windowOfThree.range(f, ComplaintQueries.Order.NEWEST, 0, 100)).stream().map(Complaint::title).toList();

        assertThat(titles.apply(words("jalan", null, null)))
                .containsExactly("Laporan nomor 6", "Laporan nomor 5", "Laporan nomor 4");
        assertThat(world.inTx(() -> windowOfThree.searchWindowStart(words("jalan", null, null)))).contains(fifth);
        assertThat(titles.apply(words("sampah", null, null))).as("older than the window").isEmpty();

        assertThat(titles.apply(words("sampah", first, null))).as("a start date reads back to it")
                .containsExactly("Laporan nomor 3");
        assertThat(world.inTx(() -> windowOfThree.searchWindowStart(words("sampah", first, null)))).isEmpty();
        assertThat(titles.apply(words("sampah", null, fifth))).as("the window ends at the end date")
                .containsExactly("Laporan nomor 3");
        assertThat(titles.apply(words("jalan", null, fifth)))
                .containsExactly("Laporan nomor 2", "Laporan nomor 1");

        assertThat(titles.apply(words(ids.get(0).value(), null, null))).as("a tracking id is found at any age")
                .containsExactly("Laporan nomor 0");
        assertThat(world.inTx(() -> windowOfThree.searchWindowStart(words(ids.get(0).value(), null, null)))).isEmpty();
        assertThat(world.inTx(() -> windowOfThree.searchWindowStart(words("jalan", null, third))))
                .as("fewer complaints than the window: all are read").isEmpty();
        assertThat(titles("sampah")).as("the default window holds all seven").containsExactly("Laporan nomor 3");
    }

    /** A walk through pages keeps its first page's window: new reports do not push the oldest matches out. */
    @Test
    void pagesOfAWordSearchKeepTheWindowOfTheirFirstPageWhileReportsArrive() {
        ComplaintQueries windowOfThree = new ComplaintQueries(world.data, world.clock, 3);
        ComplaintFilter jalan = words("jalan", null, null);
        List<String> walked = new ArrayList<>();
        ComplaintQueries.Slice first = world.inTx(() -> windowOfThree.page(jalan, ComplaintQueries.Order.NEWEST, null, 1));
        first.items().forEach(c -> walked.add(c.title()));
        ComplaintCursor after = ComplaintCursor.decode(first.next().orElseThrow().encode(), "cursor");
        assertThat(after).as("the window survives the trip through the client").isEqualTo(first.next().orElseThrow());
        for (int i = 7; i < 9; i++) {
            world.clock.advance(Duration.ofMinutes(10));
            world.intake.submit(new NewComplaint(ComplaintType.PENGADUAN, "INFRASTRUKTUR", "Laporan nomor " + i,
                    "Jalan rusak", new Location("12.05.01", null, null, null, null), Channel.API, null, null),
                    List.of(), Actor.SYSTEM);
        }
        while (after != null) {
            ComplaintCursor from = after;
            ComplaintQueries.Slice slice = world.inTx(() -> windowOfThree.page(jalan, ComplaintQueries.Order.NEWEST, from, 1));
            slice.items().forEach(c -> walked.add(c.title()));
            after = slice.next().orElse(null);
        }
        assertThat(walked).containsExactly("Laporan nomor 6", "Laporan nomor 5", "Laporan nomor 4");
    }

    private List<String> titles(String text) {
        return titles(filter(null, null, null, null, null, text));
    }

    /** "Recently updated" brings the complaint with the newest word in its conversation to the top. */
    @Test
    void aNewMessageBringsItsComplaintFirstInRecentlyUpdated() {
        world.clock.advance(Duration.ofMinutes(5));
        world.inTx(() -> world.desk.reply(ids.get(1), ComplaintServicesTest.COORDINATOR, "Mohon kirim foto"));

        List<String> order = world.inTx(() -> world.queries.range(ComplaintFilter.ALL,
                ComplaintQueries.Order.RECENTLY_UPDATED, 0, 3)).stream().map(Complaint::title).toList();
        assertThat(order).containsExactly("Laporan nomor 1", "Laporan nomor 6", "Laporan nomor 5");
    }

    /** Exports walk a list page by page in the inbox's order: every order's pages add up to its whole list. */
    @Test
    void pagesInEveryOrderAddUpToTheWholeListInThatOrder() {
        // Disposing one moves it to the follow-up deadline, so "due soonest" differs from "oldest".
        world.inTx(() -> world.desk.verify(ids.get(1), ComplaintServicesTest.COORDINATOR, null));
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.dispose(ids.get(1), Set.of(dpupr), ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.verify(ids.get(2), ComplaintServicesTest.COORDINATOR, null));
        for (ComplaintQueries.Order order : ComplaintQueries.Order.values()) {
            List<TrackingId> whole = world.inTx(() -> world.queries.range(ComplaintFilter.ALL, order, 0, 100)).stream()
                    .map(Complaint::trackingId).toList();
            List<TrackingId> paged = new ArrayList<>();
            ComplaintCursor after = null;
            do {
                ComplaintCursor from = after;
                ComplaintQueries.Slice slice = world.inTx(() -> world.queries.page(ComplaintFilter.ALL, order, from, 2));
                slice.items().forEach(c -> paged.add(c.trackingId()));
                after = slice.next().orElse(null);
            } while (after != null);
            assertThat(paged).as(order.name()).hasSize(7).containsExactlyElementsOf(whole);
        }
        List<TrackingId> dueSoonest = world.inTx(() -> world.queries.range(ComplaintFilter.ALL,
                ComplaintQueries.Order.DUE_SOONEST, 0, 100)).stream().map(Complaint::trackingId).toList();
        assertThat(dueSoonest).as("the disposed one waits for its later follow-up deadline")
                .endsWith(ids.get(1)).isNotEqualTo(ids);
    }

    @Test
    void whatIsNewForAnAgencyIsWhatWaitsForItsAnswer() {
        long dpupr = world.agencyId("DPUPR");
        long dlh = world.agencyId("DLH");
        for (int i = 0; i < 3; i++) {
            TrackingId id = ids.get(i);
            world.inTx(() -> world.desk.verify(id, ComplaintServicesTest.COORDINATOR, null));
            world.inTx(() -> world.desk.dispose(id, Set.of(dpupr, dlh), ComplaintServicesTest.COORDINATOR, null));
        }
        world.inTx(() -> world.desk.respond(ids.get(0), dpupr, "Sudah ditambal.", ComplaintServicesTest.COORDINATOR));

        assertThat(world.inTx(() -> world.queries.awaitingAnswerOf(dpupr))).isEqualTo(2);
        assertThat(world.inTx(() -> world.queries.awaitingAnswerOf(dlh))).isEqualTo(3);
    }

    @Test
    void theTenantExportReadsComplaintsPageByPageAndMissesNone() throws Exception {
        ComplaintSection section = new ComplaintSection();
        section.data = world.data;
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        world.inTx(() -> {
            try (TenantExportWriter out = new TenantExportWriter(zip)) {
                section.export(out, 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        String csv = null;
        try (ZipInputStream in = new ZipInputStream(
                new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("complaints.csv")) {
                    csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        List<String> exported = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(exported).containsExactlyElementsOf(ids.stream().map(TrackingId::toString).toList());
    }

    @Test
    void filtersCombine() {
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.verify(ids.get(0), ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.dispose(ids.get(0), Set.of(dpupr), ComplaintServicesTest.COORDINATOR, null));

        assertThat(titles(filter(null, null, null, "12.05.02", null, null)))
                .containsExactly("Laporan nomor 5", "Laporan nomor 3", "Laporan nomor 1");
        assertThat(titles(filter(null, "KEBERSIHAN", null, null, null, null))).containsExactly("Laporan nomor 6", "Laporan nomor 5");
        assertThat(titles(filter(Set.of(ComplaintStatus.DISPOSED), null, null, null, null, null))).containsExactly("Laporan nomor 0");
        assertThat(titles(filter(null, null, dpupr, null, null, null))).containsExactly("Laporan nomor 0");
        assertThat(titles(filter(null, null, null, null, null, "sampah"))).containsExactly("Laporan nomor 3");
        assertThat(titles(filter(null, null, null, null, null, ids.get(4).value().toLowerCase()))).containsExactly("Laporan nomor 4");
        assertThat(titles(filter(null, null, null, null, null, "100%_"))).isEmpty();
        assertThat(world.inTx(() -> world.queries.count(filter(null, "INFRASTRUKTUR", null, null, null, null)))).isEqualTo(5);
    }

    @Test
    void overdueFollowsTheDeadlinesOfTheClock() {
        assertThat(titles(filter(null, null, null, null, true, null))).isEmpty();
        world.clock.set(Instant.parse("2026-12-04T17:00:01Z")); // past the verification deadline of all seven
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.verify(ids.get(2), ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.verify(ids.get(3), ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.dispose(ids.get(3), Set.of(dpupr), ComplaintServicesTest.COORDINATOR, null));

        assertThat(titles(filter(null, null, null, null, true, null))).as("verified but not yet sent is still late")
                .hasSize(6).contains("Laporan nomor 2").doesNotContain("Laporan nomor 3");
        assertThat(titles(filter(null, null, null, null, false, null))).containsExactly("Laporan nomor 3");
    }

    @Test
    void inAnAgencysListOnlyComplaintsItHasNotAnsweredAreOverdue() {
        long dpupr = world.agencyId("DPUPR");
        long dlh = world.agencyId("DLH");
        world.inTx(() -> world.desk.verify(ids.get(0), ComplaintServicesTest.COORDINATOR, null));
        Complaint disposed = world.inTx(() -> world.desk.dispose(ids.get(0), Set.of(dpupr, dlh),
                ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.respond(ids.get(0), dpupr, "Sudah ditambal", ComplaintServicesTest.OFFICER));
        world.clock.set(disposed.followUpDueAt().orElseThrow().plusSeconds(1));

        assertThat(titles(filter(null, null, dlh, null, true, null))).containsExactly("Laporan nomor 0");
        assertThat(titles(filter(null, null, dpupr, null, true, null))).as("DPUPR answered in time").isEmpty();
        assertThat(titles(filter(null, null, dpupr, null, false, null))).containsExactly("Laporan nomor 0");
        assertThat(titles(filter(null, null, null, null, true, null))).contains("Laporan nomor 0");
    }

    @Test
    void dueSoonestFollowsTheDeadlineThatAppliesNowAndPutsThoseWithoutOneLast() {
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.archiveAsSpam(ids.get(0), ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.verify(ids.get(1), ComplaintServicesTest.COORDINATOR, null));
        world.inTx(() -> world.desk.dispose(ids.get(1), Set.of(dpupr), ComplaintServicesTest.COORDINATOR, null));

        List<String> order = world.inTx(() -> world.queries.range(ComplaintFilter.ALL, ComplaintQueries.Order.DUE_SOONEST,
                0, 100)).stream().map(Complaint::title).toList();
        assertThat(order).containsExactly("Laporan nomor 2", "Laporan nomor 3", "Laporan nomor 4", "Laporan nomor 5",
                "Laporan nomor 6", "Laporan nomor 1", "Laporan nomor 0");
        Complaint disposed = world.inTx(() -> world.complaints.require(ids.get(1)));
        assertThat(disposed.currentDue()).isEqualTo(disposed.followUpDueAt());
        assertThat(world.inTx(() -> world.complaints.require(ids.get(0))).currentDue()).isEmpty();
    }

    @Test
    void keysetPagesNeitherSkipNorRepeatWhenNewReportsArrive() {
        var first = world.inTx(() -> world.queries.page(ComplaintFilter.ALL, null, 3));
        world.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM);
        var second = world.inTx(() -> world.queries.page(ComplaintFilter.ALL, first.next().orElseThrow(), 3));
        var third = world.inTx(() -> world.queries.page(ComplaintFilter.ALL,
                ComplaintCursor.decode(second.next().orElseThrow().encode(), "cursor"), 3));

        List<String> all = new ArrayList<>();
        for (var slice : List.of(first, second, third)) {
            slice.items().forEach(c -> all.add(c.title()));
        }
        assertThat(all).containsExactly("Laporan nomor 6", "Laporan nomor 5", "Laporan nomor 4", "Laporan nomor 3",
                "Laporan nomor 2", "Laporan nomor 1", "Laporan nomor 0");
        assertThat(third.next()).isEmpty();
    }

    @Test
    void publicListsLeaveOutConfidentialReports() {
        world.inTx(() -> world.desk.raisePrivacy(ids.get(6), PrivacyMode.CONFIDENTIAL, ComplaintServicesTest.COORDINATOR, "Menyebut atasan"));

        ComplaintFilter publicList = ComplaintFilter.ALL.publiclyListedOnly();
        assertThat(titles(publicList)).hasSize(6).doesNotContain("Laporan nomor 6");
        assertThat(world.inTx(() -> world.queries.lastUpdate(publicList))).contains(ComplaintWorld.START.plus(Duration.ofMinutes(50)));
        assertThat(world.inTx(() -> world.queries.lastUpdate(ComplaintFilter.ALL))).contains(ComplaintWorld.START.plus(Duration.ofMinutes(70)));
    }

    @Test
    void publicListsFindReportsByTheirWordsOnlyOnceTheWordsArePublic() {
        ComplaintFilter byWords = new ComplaintFilter(null, null, null, null, null, null, null, null, "nomor 3", false);
        assertThat(titles(byWords)).containsExactly("Laporan nomor 3");
        assertThat(titles(byWords.publiclyListedOnly())).isEmpty();
        ComplaintFilter byId = new ComplaintFilter(null, null, null, null, null, null, null, null, ids.get(3).value(), false);
        assertThat(titles(byId.publiclyListedOnly())).containsExactly("Laporan nomor 3");

        world.inTx(() -> world.desk.verify(ids.get(3), ComplaintServicesTest.COORDINATOR, null));
        assertThat(titles(byWords.publiclyListedOnly())).containsExactly("Laporan nomor 3");
    }
}
