package id.pendopo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.TrackingId;
import id.pendopo.notification.webhook.WebhookCaller;
import id.pendopo.notification.webhook.WebhookDelivery;
import id.pendopo.notification.webhook.WebhookSecrets;
import id.pendopo.notification.webhook.WebhookSender;
import id.pendopo.notification.webhook.WebhookSignature;
import id.pendopo.notification.webhook.WebhookSubscription;
import id.pendopo.notification.webhook.WebhookTargets;
import id.pendopo.notification.webhook.Webhooks;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Webhooks of API clients: outbox, signature, retries, dead letters, privacy of payloads, who sees what. */
class WebhooksTest {

    static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");
    static final WebhookCaller CONNECTOR = WebhookCaller.apiClient("langkat-connector");
    static final WebhookCaller OTHER_CLIENT = WebhookCaller.apiClient("langkat-dashboard");
    static final WebhookCaller ADMIN = WebhookCaller.tenantAdmin("admin.langkat");

    private NotificationWorld w;
    private Receiver receiver;

    @BeforeEach
    void world() throws Exception {
        w = new NotificationWorld();
        receiver = new Receiver();
    }

    @AfterEach
    void close() throws Exception {
        receiver.close();
        w.close();
    }

    private Webhooks.Registered register(WebhookCaller caller, String url, List<String> events) {
        return w.inTx(() -> w.webhooks.register(caller, url, events));
    }

    private TrackingId submit(PrivacyMode privacy) {
        NewComplaint p = ComplaintWorld.pothole("12.05.01", "12.05.01.2002");
        return w.intake.submit(new NewComplaint(p.type(), p.categoryCode(), p.title(), p.description(), p.location(),
                p.channel(), p.reporter(), privacy), List.of(), Actor.SYSTEM).trackingId();
    }

    private List<WebhookDelivery> log(WebhookCaller caller, long webhookId) {
        return w.inTx(() -> w.webhooks.deliveries(caller, webhookId, 0, 50).items());
    }

    /** A local URL whose port nothing listens on: every attempt is refused at once. */
    private static String refusingUrl() throws java.io.IOException {
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return "http://localhost:" + probe.getLocalPort() + "/hook";
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void theSignatureIsAnHmacOfTimeAndBodyThatAReceiverCanCheck() throws Exception {
        Instant at = Instant.parse("2026-12-01T02:00:00Z");
        String header = WebhookSignature.header("whsec_test", at, "{\"a\":1}");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec_test".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((at.getEpochSecond() + ".{\"a\":1}").getBytes(StandardCharsets.UTF_8)));
        assertThat(header).isEqualTo("t=" + at.getEpochSecond() + ",v1=" + expected);

        Duration tolerance = WebhookSignature.DEFAULT_TOLERANCE;
        assertThat(WebhookSignature.verify(header, "whsec_test", "{\"a\":1}", at.plusSeconds(30), tolerance)).isTrue();
        assertThat(WebhookSignature.verify(header, "whsec_test", "{\"a\":2}", at, tolerance)).as("body changed").isFalse();
        assertThat(WebhookSignature.verify(header, "whsec_other", "{\"a\":1}", at, tolerance)).as("other secret").isFalse();
        assertThat(WebhookSignature.verify(header, "whsec_test", "{\"a\":1}", at.plus(Duration.ofMinutes(6)), tolerance))
                .as("replayed later").isFalse();
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffAndGetsTheSameSignedEventWhenItRecovers() {
        receiver.answering(200, 500);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        TrackingId id = submit(PrivacyMode.ANONYMOUS);
        Instant now = w.world.clock.instant();

        assertThat(w.webhookSender.sendDue(now)).isZero();
        WebhookDelivery failed = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastStatusCode()).isEqualTo(500);
        assertThat(failed.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));

        assertThat(w.webhookSender.sendDue(now.plusSeconds(59))).isZero();
        assertThat(receiver.requests()).as("not due before a minute").hasSize(1);

        Instant retry = now.plus(Duration.ofMinutes(1));
        assertThat(w.webhookSender.sendDue(retry)).isEqualTo(1);
        WebhookDelivery delivered = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(retry);

        Receiver.Request first = receiver.requests().get(0);
        Receiver.Request second = receiver.requests().get(1);
        assertThat(first.header(WebhookSender.ATTEMPT)).isEqualTo("1");
        assertThat(second.header(WebhookSender.ATTEMPT)).isEqualTo("2");
        assertThat(second.header(WebhookSender.EVENT_ID)).isEqualTo(first.header(WebhookSender.EVENT_ID))
                .isEqualTo(delivered.eventId());
        assertThat(second.body()).isEqualTo(first.body()).isEqualTo(delivered.payload());
        assertThat(second.header("Content-Type")).isEqualTo("application/json");
        assertThat(WebhookSignature.verify(second.header(WebhookSignature.HEADER), hook.secret(), second.body(), retry,
                WebhookSignature.DEFAULT_TOLERANCE)).isTrue();
        assertThat(second.header(WebhookSignature.HEADER)).startsWith("t=" + retry.getEpochSecond() + ",v1=");
        assertThat(json(second.body()).getString("event")).isEqualTo("RECEIVED");
        assertThat(json(second.body()).getJsonObject("complaint").getString("trackingId")).isEqualTo(id.value());
    }

    @Test
    void aReceiverThatKeepsFailingIsDeadLetteredAfterTheScheduleAndCanBeRetriedByHand() {
        receiver.answering(503);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);
        long webhookId = hook.subscription().id();

        Instant t = w.world.clock.instant();
        w.webhookSender.sendDue(t);
        for (Duration delay : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12))) {
            WebhookDelivery pending = log(CONNECTOR, webhookId).get(0);
            assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(pending.nextAttemptAt()).isEqualTo(t.plus(delay));
            t = t.plus(delay);
            w.webhookSender.sendDue(t);
        }
        WebhookDelivery dead = log(CONNECTOR, webhookId).get(0);
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(6);
        assertThat(dead.lastError()).isEqualTo("HTTP 503");
        assertThat(w.webhookSender.sendDue(t.plus(Duration.ofDays(1)))).isZero();
        assertThat(receiver.requests()).hasSize(6);

        receiver.answering(200);
        w.world.clock.set(t.plus(Duration.ofDays(1)));
        w.inTx(() -> w.webhooks.retry(CONNECTOR, webhookId, dead.id()));
        assertThat(w.webhookSender.sendDue(w.world.clock.instant())).isEqualTo(1);
        assertThat(log(CONNECTOR, webhookId).get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receiver.requests().get(6).header(WebhookSender.ATTEMPT)).isEqualTo("7");

        assertThatThrownBy(() -> w.inTx(() -> w.webhooks.retry(CONNECTOR, webhookId, dead.id())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDeliveryIsWrittenWithTheChangeAndOnlyForTheEventsASubscriptionListensTo() {
        var all = register(CONNECTOR, receiver.url("/all"), null);
        var verifiedOnly = register(CONNECTOR, receiver.url("/verified"), List.of("verified"));
        TrackingId id = submit(PrivacyMode.ANONYMOUS);

        assertThatThrownBy(() -> w.inTx(() -> {
            w.desk.verify(id, COORDINATOR, null);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(log(CONNECTOR, verifiedOnly.subscription().id())).isEmpty();

        w.inTx(() -> w.desk.verify(id, COORDINATOR, null));
        assertThat(log(CONNECTOR, all.subscription().id())).extracting(d -> d.eventType().name())
                .containsExactly("VERIFIED", "RECEIVED");
        assertThat(log(CONNECTOR, verifiedOnly.subscription().id())).extracting(d -> d.eventType().name())
                .containsExactly("VERIFIED");
    }

    @Test
    void payloadsCarryOnlyWhatThePublicMaySeeAndNeverTheReporter() {
        var hook = register(ADMIN, receiver.url("/hook"), List.of());
        TrackingId confidential = submit(PrivacyMode.CONFIDENTIAL);
        TrackingId anonymous = submit(PrivacyMode.ANONYMOUS);
        TrackingId open = submit(PrivacyMode.PUBLIC);
        for (TrackingId id : List.of(confidential, anonymous, open)) {
            w.inTx(() -> w.desk.note(id, COORDINATOR, "catatan internal rahasia"));
            w.inTx(() -> w.desk.verify(id, COORDINATOR, "catatan verifikasi"));
        }

        List<WebhookDelivery> log = log(ADMIN, hook.subscription().id());
        assertThat(log).hasSize(4);
        for (WebhookDelivery d : log) {
            assertThat(d.payload()).doesNotContain("Rina", "rina@example.id", "0812000111", "catatan");
        }
        assertThat(log).as("a confidential complaint is not announced, as no public list shows it")
                .noneMatch(d -> d.trackingId().equals(confidential.value()));
        JsonObject anonymousVerified = complaintOf(log, anonymous);
        assertThat(anonymousVerified.getString("title")).isEqualTo("Jalan berlubang di depan SD");
        assertThat(anonymousVerified.getJsonObject("location").getString("districtCode")).isEqualTo("12.05.01");
        JsonObject publicVerified = complaintOf(log, open);
        assertThat(publicVerified.keySet()).doesNotContain("reporter");
        JsonObject anonymousReceived = log.stream().filter(d -> d.trackingId().equals(anonymous.value())
                && d.eventType().name().equals("RECEIVED")).map(d -> json(d.payload()).getJsonObject("complaint"))
                .findFirst().orElseThrow();
        assertThat(anonymousReceived.getString("category")).isEqualTo("INFRASTRUKTUR");
        assertThat(anonymousReceived.keySet()).as("not public before verification").doesNotContain("title", "description",
                "location");
    }

    @Test
    void aDescriptionThatDoublesWhenEscapedIsCutInThePayloadAndVerifyingStillWorks() {
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        NewComplaint p = ComplaintWorld.pothole("12.05.01", "12.05.01.2002");
        TrackingId id = w.intake.submit(new NewComplaint(p.type(), p.categoryCode(), p.title(), "\"".repeat(4000),
                p.location(), p.channel(), p.reporter(), PrivacyMode.ANONYMOUS), List.of(), Actor.SYSTEM).trackingId();

        w.inTx(() -> w.desk.verify(id, COORDINATOR, null));

        List<WebhookDelivery> log = log(CONNECTOR, hook.subscription().id());
        assertThat(log).hasSize(2).allMatch(d -> d.payload().length() <= WebhookDelivery.MAX_PAYLOAD);
        JsonObject verified = complaintOf(log, id);
        assertThat(verified.getBoolean("descriptionTruncated")).isTrue();
        assertThat(verified.getString("description")).matches("\"+").hasSizeLessThan(4000);
    }

    /** With Java 17's HTTP client, a request's timeout ends when the headers arrive; the body is the sender's to cut. */
    @Test
    @Timeout(30)
    void aReceiverThatTricklesItsBodyDoesNotHoldTheSender() {
        receiver.trickling();
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);

        assertThat(w.webhookSender.sendDue(w.world.clock.instant())).isEqualTo(1);
        assertThat(log(CONNECTOR, hook.subscription().id()).get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aRetryWaitsFromWhenTheAttemptEndedNotFromWhenTheRunBegan() {
        receiver.answering(500).duringFirstRequest(() -> w.world.clock.advance(Duration.ofMinutes(10)));
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);
        Instant runBegan = w.world.clock.instant();

        assertThat(w.webhookSender.sendDue(runBegan)).isZero();

        WebhookDelivery failed = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(failed.lastAttemptAt()).isEqualTo(runBegan.plus(Duration.ofMinutes(10)));
        assertThat(failed.nextAttemptAt()).isEqualTo(runBegan.plus(Duration.ofMinutes(11)));
    }

    @Test
    void aTenantWhoseReceiverIsSlowGetsItsTurnAndLeavesTheRestForTheNextRun() {
        receiver.answering(200).duringFirstRequest(() -> w.world.clock.advance(WebhookSender.TENANT_BUDGET.plusSeconds(1)));
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);
        submit(PrivacyMode.ANONYMOUS);
        Instant now = w.world.clock.instant();

        assertThat(w.webhookSender.sendDue(now)).as("the turn ended with the first, slow, answer").isEqualTo(1);
        assertThat(receiver.requests()).hasSize(1);
        assertThat(log(CONNECTOR, hook.subscription().id())).extracting(WebhookDelivery::status)
                .containsExactlyInAnyOrder(DeliveryStatus.DELIVERED, DeliveryStatus.PENDING);

        assertThat(w.webhookSender.sendDue(w.world.clock.instant())).as("the next run sends the rest").isEqualTo(1);
    }

    @Test
    void aReceiverThatDoesNotAnswerIsTriedOncePerRunAndDoesNotHoldUpTheOthers() throws Exception {
        receiver.answering(200);
        var dead = register(CONNECTOR, refusingUrl(), List.of());
        var alive = register(OTHER_CLIENT, receiver.url("/hook"), List.of());
        for (int i = 0; i < 3; i++) {
            submit(PrivacyMode.ANONYMOUS);
        }
        Instant now = w.world.clock.instant();

        assertThat(w.webhookSender.sendDue(now)).isEqualTo(3);
        assertThat(receiver.requests()).hasSize(3);
        assertThat(log(CONNECTOR, dead.subscription().id())).as("one attempt, the others untouched and still due")
                .extracting(WebhookDelivery::attempts).containsExactlyInAnyOrder(1, 0, 0);
        assertThat(log(CONNECTOR, dead.subscription().id())).extracting(WebhookDelivery::status)
                .containsOnly(DeliveryStatus.PENDING);
        assertThat(log(OTHER_CLIENT, alive.subscription().id())).extracting(WebhookDelivery::status)
                .containsOnly(DeliveryStatus.DELIVERED);
    }

    @Test
    void aDeadReceiversBacklogDoesNotKeepTheOtherReceiversWaiting() throws Exception {
        receiver.answering(200);
        var dead = register(CONNECTOR, refusingUrl(), List.of());
        for (int i = 0; i < WebhookSender.BATCH; i++) {
            submit(PrivacyMode.ANONYMOUS); // a backlog older than anything for the other receiver
        }
        var alive = register(OTHER_CLIENT, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);

        w.webhookSender.sendDue(w.world.clock.instant());

        assertThat(log(OTHER_CLIENT, alive.subscription().id())).extracting(WebhookDelivery::status)
                .containsExactly(DeliveryStatus.DELIVERED);
        long deadAttempts = w.inTx(() -> w.world.em.createQuery("SELECT SUM(d.attempts) FROM WebhookDelivery d"
                + " WHERE d.subscriptionId = :s", Long.class).setParameter("s", dead.subscription().id()).getSingleResult());
        assertThat(deadAttempts).as("one attempt for the dead receiver in this run").isEqualTo(1);
    }

    @Test
    void aDeliveryBeingSentIsNotSentAgainByARunThatOverlaps() {
        receiver.answering(200);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);
        Instant now = w.world.clock.instant();
        // Another node's run starts while the first is still waiting for the receiver's answer.
        int[] overlapping = {-1};
        receiver.duringFirstRequest(() -> {
            try (var scope = TenantContext.enter(w.world.langkat)) {
                overlapping[0] = w.webhookSender.sendDue(now);
            }
        });

        assertThat(w.webhookSender.sendDue(now)).isEqualTo(1);
        assertThat(overlapping[0]).as("the overlapping run found nothing due").isZero();
        assertThat(receiver.requests()).hasSize(1);
        WebhookDelivery delivered = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(1);
    }

    @Test
    void anAttemptThatOutlivesItsLeaseCountsAsAFailedOneAndTheNextWaitsForTheSchedule() {
        receiver.answering(200);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        submit(PrivacyMode.ANONYMOUS);
        Instant now = w.world.clock.instant();
        Instant afterLease = now.plus(WebhookSender.LEASE);
        // The receiver holds the first request past the lease; meanwhile another node's run takes the delivery over.
        int[] overlapping = {-1};
        receiver.duringFirstRequest(() -> {
            try (var scope = TenantContext.enter(w.world.langkat)) {
                overlapping[0] = w.webhookSender.sendDue(afterLease);
            }
        });

        w.webhookSender.sendDue(now);
        assertThat(overlapping[0]).as("the run that took over does not post at once").isZero();
        WebhookDelivery counted = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(counted.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(counted.attempts()).isEqualTo(1);
        assertThat(counted.lastError()).contains("did not finish");
        assertThat(counted.nextAttemptAt()).isEqualTo(afterLease.plus(Duration.ofMinutes(1)));

        assertThat(w.webhookSender.sendDue(afterLease.plus(Duration.ofMinutes(1)))).isEqualTo(1);
        assertThat(receiver.requests()).hasSize(2);
        assertThat(receiver.requests().get(1).header(WebhookSender.ATTEMPT)).isEqualTo("2");
        assertThat(log(CONNECTOR, hook.subscription().id()).get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void aDeliveryWaitingWhenTheComplaintBecomesConfidentialIsWithheldAlsoWhenRetriedByHand() {
        receiver.answering(200);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        long webhookId = hook.subscription().id();
        TrackingId id = submit(PrivacyMode.ANONYMOUS);
        w.inTx(() -> w.desk.verify(id, COORDINATOR, null));
        assertThat(log(CONNECTOR, webhookId)).hasSize(2).allMatch(d -> d.status() == DeliveryStatus.PENDING);
        assertThat(complaintOf(log(CONNECTOR, webhookId), id).getString("title")).as("rendered while public")
                .isEqualTo("Jalan berlubang di depan SD");

        w.inTx(() -> w.desk.raisePrivacy(id, PrivacyMode.CONFIDENTIAL, COORDINATOR, "menyebut nama tetangga"));
        Instant now = w.world.clock.instant();
        assertThat(w.webhookSender.sendDue(now)).isZero();
        assertThat(receiver.requests()).isEmpty();
        List<WebhookDelivery> log = log(CONNECTOR, webhookId);
        assertThat(log).as("nothing new for the raise").hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(d.lastError()).isEqualTo("Not sent: complaint " + id.value() + " is confidential now");
            assertThat(d.payload()).as("the log does not show what was withheld").doesNotContain("Jalan berlubang")
                    .contains("\"withheld\":true");
        });

        w.inTx(() -> w.webhooks.retry(CONNECTOR, webhookId, log.get(0).id()));
        assertThat(w.webhookSender.sendDue(now)).isZero();
        assertThat(receiver.requests()).isEmpty();
        assertThat(log(CONNECTOR, webhookId)).allMatch(d -> d.status() == DeliveryStatus.DEAD);
    }

    private static JsonObject complaintOf(List<WebhookDelivery> log, TrackingId id) {
        return log.stream().filter(d -> d.trackingId().equals(id.value()) && d.eventType().name().equals("VERIFIED"))
                .map(d -> json(d.payload()).getJsonObject("complaint")).findFirst().orElseThrow();
    }

    @Test
    void anApiClientSeesOnlyItsOwnWebhooksATenantAdminAllOfTheRegencysAndNoOtherRegency() {
        var own = register(CONNECTOR, "https://connector.example/hook", List.of());
        var other = register(OTHER_CLIENT, "https://dashboard.example/hook", List.of());
        var admins = register(ADMIN, "https://kominfo.langkatkab.go.id/hook", List.of());

        assertThat(own.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(w.inTx(() -> w.webhooks.list(CONNECTOR))).extracting(WebhookSubscription::id)
                .containsExactly(own.subscription().id());
        assertThat(w.inTx(() -> w.webhooks.list(ADMIN))).extracting(WebhookSubscription::id)
                .containsExactly(own.subscription().id(), other.subscription().id(), admins.subscription().id());
        assertThatThrownBy(() -> w.inTx(() -> w.webhooks.deliveries(CONNECTOR, other.subscription().id(), 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.inTx(() -> {
            w.webhooks.delete(CONNECTOR, admins.subscription().id());
            return null;
        })).isInstanceOf(NotFoundException.class);

        try (TenantContext.Scope medan = TenantContext.enter(w.world.medan)) {
            assertThat(w.inTx(() -> w.webhooks.list(WebhookCaller.tenantAdmin("admin.medan")))).isEmpty();
            assertThatThrownBy(() -> w.inTx(() -> w.webhooks.require(WebhookCaller.tenantAdmin("admin.medan"),
                    own.subscription().id()))).isInstanceOf(NotFoundException.class);
        }

        w.inTx(() -> {
            w.webhooks.delete(ADMIN, other.subscription().id());
            return null;
        });
        assertThat(w.inTx(() -> w.webhooks.list(ADMIN))).hasSize(2);
    }

    @Test
    void onlyHttpsUrlsAndKnownEventsAreAccepted() {
        assertThatThrownBy(() -> register(CONNECTOR, "http://connector.example/hook", List.of("RECEIVED", "EATEN")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("url", "events"));
        assertThatThrownBy(() -> register(CONNECTOR, "https://user:pw@connector.example/hook", List.of()))
                .isInstanceOf(ValidationException.class);
        assertThat(register(CONNECTOR, "http://localhost:9000/hook", List.of()).subscription().url())
                .as("allowed here: this world allows local HTTP").isEqualTo("http://localhost:9000/hook");
        var strict = new Webhooks(w.world.data, w.world.clock, new WebhookTargets(WebhookTargets.DNS, false), w.secrets);
        assertThatThrownBy(() -> w.inTx(() -> strict.register(CONNECTOR, "http://localhost:9000/hook", List.of())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aUrlWhoseHostIsInsideThePlatformsNetworkIsRefused() {
        w.dns.put("metadata.example", "169.254.169.254");
        w.dns.put("db.example", "10.0.4.17");
        for (String url : List.of("https://metadata.example/latest", "https://db.example:3306/", "https://10.0.4.17/hook",
                "https://[fd00::1]/hook", "https://[::ffff:192.168.1.1]/hook")) {
            assertThatThrownBy(() -> register(CONNECTOR, url, List.of())).as(url)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("url");
                                assertThat(error.message()).contains("not a public internet address");
                            }));
        }
        w.dns.put("nowhere.example", "");
        assertThatThrownBy(() -> register(CONNECTOR, "https://nowhere.example/hook", List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be resolved");
        assertThat(w.inTx(() -> w.webhooks.list(CONNECTOR))).isEmpty();
    }

    @Test
    void aDeliveryIsNotSentWhenTheHostHasMovedIntoAPrivateNetworkSinceItWasRegistered() {
        var hook = register(CONNECTOR, "https://rebinding.example/hook", List.of());
        submit(PrivacyMode.ANONYMOUS);
        w.dns.put("rebinding.example", "192.168.0.10");

        assertThat(w.webhookSender.sendDue(w.world.clock.instant())).isZero();

        WebhookDelivery refused = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(refused.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastStatusCode()).isNull();
        assertThat(refused.lastError()).contains("192.168.0.10", "not a public internet address");
    }

    @Test
    void aRotatedSecretSignsNextToTheNewOneForADayThenOnlyTheNewOneSigns() {
        receiver.answering(200);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        long webhookId = hook.subscription().id();
        assertThatThrownBy(() -> w.inTx(() -> w.webhooks.rotateSecret(OTHER_CLIENT, webhookId)))
                .as("another client's webhook").isInstanceOf(NotFoundException.class);

        String rotated = w.inTx(() -> w.webhooks.rotateSecret(CONNECTOR, webhookId)).secret();
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(hook.secret());
        assertThat(w.inTx(() -> w.webhooks.list(CONNECTOR)).get(0).signingSecrets(w.world.clock.instant(), w.secrets))
                .containsExactly(rotated, hook.secret());
        assertThat(storedSecrets(webhookId)).as("both sealed").allSatisfy(stored -> assertThat(stored).startsWith("v1:")
                .doesNotContain(rotated.substring(6)).doesNotContain(hook.secret().substring(6)));

        submit(PrivacyMode.ANONYMOUS);
        Instant now = w.world.clock.instant();
        assertThat(w.webhookSender.sendDue(now)).isEqualTo(1);
        Receiver.Request during = receiver.requests().get(0);
        String header = during.header(WebhookSignature.HEADER);
        assertThat(header.split(",v1=")).as("one signature per secret").hasSize(3);
        Duration tolerance = WebhookSignature.DEFAULT_TOLERANCE;
        assertThat(WebhookSignature.verify(header, rotated, during.body(), now, tolerance)).as("new secret").isTrue();
        assertThat(WebhookSignature.verify(header, hook.secret(), during.body(), now, tolerance)).as("old secret").isTrue();
        assertThat(WebhookSignature.verify(header, "whsec_other", during.body(), now, tolerance)).isFalse();

        submit(PrivacyMode.ANONYMOUS);
        Instant dayLater = now.plus(WebhookSubscription.ROTATION_GRACE);
        assertThat(w.webhookSender.sendDue(dayLater)).isEqualTo(1);
        Receiver.Request after = receiver.requests().get(1);
        String laterHeader = after.header(WebhookSignature.HEADER);
        assertThat(WebhookSignature.verify(laterHeader, rotated, after.body(), dayLater, tolerance)).isTrue();
        assertThat(WebhookSignature.verify(laterHeader, hook.secret(), after.body(), dayLater, tolerance))
                .as("the old secret no longer signs").isFalse();
    }

    @Test
    void theSigningSecretIsStoredSealedNeverAsItIs() {
        var hook = register(CONNECTOR, "https://connector.example/hook", List.of());

        String stored = storedSecrets(hook.subscription().id()).get(0);
        assertThat(stored).startsWith("v1:").doesNotContain(hook.secret()).doesNotContain(hook.secret().substring(6));
        assertThat(w.secrets.open(stored)).isEqualTo(hook.secret());
    }

    @Test
    void aSecretSealedUnderAnotherPlatformKeyIsNotSentAndTheLogSaysWhy() {
        receiver.answering(200);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        String foreign = new WebhookSecrets(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}).seal(hook.secret());
        w.inTx(() -> sql("UPDATE webhook_subscription SET signing_secret = ? WHERE id = ?")
                .setParameter(1, foreign).setParameter(2, hook.subscription().id()).executeUpdate());
        forgetCachedEntities();
        submit(PrivacyMode.ANONYMOUS);

        assertThat(w.webhookSender.sendDue(w.world.clock.instant())).isZero();
        assertThat(receiver.requests()).isEmpty();
        WebhookDelivery logged = log(CONNECTOR, hook.subscription().id()).get(0);
        assertThat(logged.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(logged.lastError()).contains("another platform key", "rotate");
    }

    @Test
    void aSecretKeptAsItWasBeforeSealingStillSignsAndIsSealedWhenRotated() {
        receiver.answering(200);
        var hook = register(CONNECTOR, receiver.url("/hook"), List.of());
        long id = hook.subscription().id();
        w.inTx(() -> sql("UPDATE webhook_subscription SET signing_secret = ? WHERE id = ?")
                .setParameter(1, hook.secret()).setParameter(2, id).executeUpdate());
        forgetCachedEntities();
        submit(PrivacyMode.ANONYMOUS);

        Instant now = w.world.clock.instant();
        assertThat(w.webhookSender.sendDue(now)).isEqualTo(1);
        Receiver.Request sent = receiver.requests().get(0);
        assertThat(WebhookSignature.verify(sent.header(WebhookSignature.HEADER), hook.secret(), sent.body(), now,
                WebhookSignature.DEFAULT_TOLERANCE)).isTrue();

        w.inTx(() -> w.webhooks.rotateSecret(CONNECTOR, id));
        assertThat(storedSecrets(id)).hasSize(2).allSatisfy(stored -> assertThat(stored).startsWith("v1:"));
    }

    /** Plain SQL, to see and change the table behind JPA's back (the unit allows no native SQL otherwise). */
    private jakarta.persistence.Query sql(String sql) {
        return w.world.em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
    }

    /** After a change behind JPA's back. */
    private void forgetCachedEntities() {
        w.world.em.clear();
        w.world.em.getEntityManagerFactory().getCache().evictAll();
    }

    /** The current and the previous secret as the table holds them. */
    private List<String> storedSecrets(long webhookId) {
        Object[] row = w.inTx(() -> (Object[]) sql(
                "SELECT signing_secret, previous_signing_secret FROM webhook_subscription WHERE id = ?").setParameter(1, webhookId)
                .getSingleResult());
        return java.util.Arrays.stream(row).filter(java.util.Objects::nonNull).map(String::valueOf).toList();
    }
}
