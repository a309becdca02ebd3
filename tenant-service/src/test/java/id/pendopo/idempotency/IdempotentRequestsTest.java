package id.pendopo.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.shared.ValidationException;
import id.pendopo.testing.ComplaintWorld;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {

    private ComplaintWorld world;
    private final AtomicInteger work = new AtomicInteger();

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private static String print(String body) {
        return IdempotentRequests.fingerprint("POST", "/v1/complaints", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Submits a complaint and remembers the answer in the same transaction, as the API does. */
    private IdempotentRequests.Answer submit(String key, String body) {
        NewComplaint report = ComplaintWorld.pothole("12.05.01", null);
        return world.idempotent.once("client-a", key, print(body), () -> world.intake.submit(report, List.of(), Actor.SYSTEM, r -> {
            work.incrementAndGet();
            var answer = new IdempotentRequests.Answer(201, "{\"trackingId\":\"" + r.trackingId() + "\"}");
            world.idempotent.remember("client-a", key, print(body), answer, world.clock.instant());
            return answer;
        }));
    }

    @Test
    void aRetryGetsTheFirstAnswerAndCreatesNothing() {
        var first = submit("k-1", "{\"title\":\"a\"}");
        var retry = submit("k-1", "{\"title\":\"a\"}");

        assertThat(retry).isEqualTo(first);
        // Remembering is the check: the retry's work ran and was rolled back with its failed remembering.
        assertThat(work).hasValue(2);
        assertThat(world.inTx(() -> world.queries.count(ComplaintFilter.ALL))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        submit("k-1", "{\"title\":\"a\"}");
        assertThatThrownBy(() -> submit("k-1", "{\"title\":\"b\"}")).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(world.inTx(() -> world.queries.count(ComplaintFilter.ALL))).isEqualTo(1);
    }

    @Test
    void aTwinThatLosesTheRaceIsRolledBackAndGetsTheWinnersAnswer() {
        var winner = submit("k-1", "{}");
        // The loser does the work; remembering fails on the winner's key, its transaction rolls back, and it answers
        // what the winner remembered.
        NewComplaint report = ComplaintWorld.pothole("12.05.01", null);
        var loser = world.idempotent.once("client-a", "k-1", print("{}"), () -> world.intake.submit(report, List.of(),
                Actor.SYSTEM, r -> {
                    var answer = new IdempotentRequests.Answer(201, "other");
                    world.idempotent.remember("client-a", "k-1", print("{}"), answer, world.clock.instant());
                    return answer;
                }));
        assertThat(loser).isEqualTo(winner);
        assertThat(world.inTx(() -> world.queries.count(ComplaintFilter.ALL))).isEqualTo(1);
        assertThat(world.inTx(() -> world.idempotent.replay("client-a", "k-1", print("{}")))).contains(winner);
    }

    @Test
    void keysAreSeparatePerClientAndForgottenAfterADay() {
        submit("k-1", "{}");
        assertThat(world.inTx(() -> world.idempotent.replay("client-b", "k-1", print("{}")))).isEmpty();
        world.clock.advance(Duration.ofHours(25));
        assertThat(world.inTx(() -> world.idempotent.forgetOlderThan(world.clock.instant().minus(IdempotentRequests.RETENTION))))
                .isEqualTo(1);
        assertThat(world.inTx(() -> world.idempotent.replay("client-a", "k-1", print("{}")))).isEmpty();
    }

    @Test
    void theRememberedAnswerIsStoredSealedSoADatabaseCopyDoesNotShowTheTrackingSecret() {
        NewComplaint report = ComplaintWorld.pothole("12.05.01", null);
        var answer = new IdempotentRequests.Answer(201, "{\"trackingSecret\":\"tsk_abcdefghijklmnop\"}");
        world.idempotent.once("client-a", "k-1", print("{}"), () -> world.intake.submit(report, List.of(), Actor.SYSTEM, r -> {
            world.idempotent.remember("client-a", "k-1", print("{}"), answer, world.clock.instant());
            return answer;
        }));

        String stored = world.inTx(() -> world.data.em().find(IdempotentRequest.class,
                new IdempotentRequest.Key("client-a", IdempotentRequests.storedKey("k-1"))).responseBody());
        assertThat(stored).doesNotContain("tsk_").doesNotContain("trackingSecret");
        assertThat(world.inTx(() -> world.idempotent.replay("client-a", "k-1", print("{}")))).contains(answer);
    }

    @Test
    void keysAreStoredAsTheirHashSoKeysThatDifferOnlyInCaseStayApartUnderAnyCollation() {
        assertThat(IdempotentRequests.storedKey("Key-1")).matches("[0-9a-f]{64}")
                .isNotEqualTo(IdempotentRequests.storedKey("key-1")).isEqualTo(IdempotentRequests.storedKey("Key-1"));
        submit("Key-1", "{}");
        assertThat(world.inTx(() -> world.data.em().find(IdempotentRequest.class,
                new IdempotentRequest.Key("client-a", "Key-1")))).as("the client's key itself is not kept").isNull();
        assertThat(world.inTx(() -> world.idempotent.replay("client-a", "Key-1", print("{}")))).isPresent();
    }

    /**
     * A request remembered under its key itself, before keys were hashed, and retried after the upgrade: migration V24
     * gives the stored key its hash, and the retry gets the first answer instead of making a second complaint.
     */
    @Test
    void aRequestRememberedBeforeKeysWereHashedIsStillAnsweredOnceAfterTheMigration() throws Exception {
        var plain = new IdempotentRequest("client-a", "k-0", print("{}"), 201, "{\"trackingId\":\"LKT-26-000001\"}",
                world.clock.instant());
        world.inTx(() -> {
            world.data.em().persist(plain);
            return null;
        });
        submit("k-new", "{\"title\":\"b\"}"); // remembered by this code: already hashed, sealed
        try (java.sql.Connection c = world.db.dataSource().getConnection()) {
            assertThat(db.migration.V24__hash_idempotency_keys.hashKeys(c)).as("only the row from before").isEqualTo(1);
        }
        world.em.clear();

        var retry = submit("k-0", "{}");

        assertThat(retry).isEqualTo(new IdempotentRequests.Answer(201, "{\"trackingId\":\"LKT-26-000001\"}"));
        assertThat(world.inTx(() -> world.queries.count(ComplaintFilter.ALL))).as("no second complaint").isEqualTo(1);
        assertThat(submit("k-new", "{\"title\":\"b\"}")).as("the hashed row still replays").isNotNull();
        assertThat(world.inTx(() -> world.queries.count(ComplaintFilter.ALL))).isEqualTo(1);
    }

    @Test
    void keysMustBeShortVisibleAscii() {
        assertThat(IdempotentRequests.validKey("3f1c2d4e-9a7b-4c1d-8e2f-0a1b2c3d4e5f")).isNotNull();
        assertThatThrownBy(() -> IdempotentRequests.validKey("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IdempotentRequests.validKey("a b")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> IdempotentRequests.validKey("x".repeat(101))).isInstanceOf(ValidationException.class);
    }
}
