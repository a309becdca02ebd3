package id.pendopo.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two Hazelcast members in one JVM stand for two platform nodes. */
class ClusterTest {

    private static HazelcastInstance memberA;
    private static HazelcastInstance memberB;

    @BeforeAll
    static void twoNodes() {
        memberA = Hazelcast.newHazelcastInstance(config());
        memberB = Hazelcast.newHazelcastInstance(config());
        assertThat(memberA.getCluster().getMembers()).hasSize(2);
    }

    @AfterAll
    static void shutdown() {
        memberA.shutdown();
        memberB.shutdown();
    }

    /** A timer that fires late, in the next minute, still claims the run of its own period, not a new one. */
    @Test
    void aRunsSlotIsItsPeriodNotTheMinuteItsTimerFired() {
        Duration five = Duration.ofMinutes(5);
        assertThat(Cluster.slot(Instant.parse("2026-12-07T10:05:00Z"), five)).isEqualTo("2026-12-07T10:05:00Z");
        assertThat(Cluster.slot(Instant.parse("2026-12-07T10:06:40.5Z"), five)).as("late").isEqualTo("2026-12-07T10:05:00Z");
        assertThat(Cluster.slot(Instant.parse("2026-12-07T10:04:59.999Z"), five)).isEqualTo("2026-12-07T10:00:00Z");
        assertThat(Cluster.slot(Instant.parse("2026-12-07T10:59:59Z"), Duration.ofHours(1))).isEqualTo("2026-12-07T10:00:00Z");
    }

    @Test
    void anEventPublishedOnOneNodeReachesEveryNode() throws Exception {
        Cluster nodeA = new Cluster(memberA);
        Cluster nodeB = new Cluster(memberB);
        CountDownLatch received = new CountDownLatch(2);
        List<PlatformEvent> seenOnB = new CopyOnWriteArrayList<>();
        nodeA.subscribe(e -> received.countDown());
        nodeB.subscribe(e -> {
            seenOnB.add(e);
            received.countDown();
        });
        PlatformEvent event = new PlatformEvent("tenant.suspended", "t-1", "langkat", Instant.parse("2026-11-28T01:00:00Z"));
        nodeA.publish(event);
        assertThat(received.await(10, TimeUnit.SECONDS)).as("delivered on both nodes").isTrue();
        assertThat(seenOnB).containsExactly(event);
    }

    @Test
    void aJobSlotIsClaimedByExactlyOneNode() {
        Cluster nodeA = new Cluster(memberA);
        Cluster nodeB = new Cluster(memberB);
        assertThat(nodeA.claim("sweep", "2026-11-28T01:05", Duration.ofMinutes(4))).isTrue();
        assertThat(nodeB.claim("sweep", "2026-11-28T01:05", Duration.ofMinutes(4))).isFalse();
        assertThat(nodeB.claim("sweep", "2026-11-28T01:10", Duration.ofMinutes(4))).isTrue();
        assertThat(nodeA.claim("sweep", "2026-11-28T01:10", Duration.ofMinutes(4))).isFalse();
    }

    @Test
    void withoutHazelcastClaimsAndEventsStayOnTheNode() {
        Cluster alone = new Cluster(null);
        List<PlatformEvent> seen = new CopyOnWriteArrayList<>();
        alone.subscribe(seen::add);
        alone.publish(new PlatformEvent("x", null, "y", Instant.EPOCH));
        assertThat(seen).hasSize(1);
        assertThat(alone.claim("job", "1", Duration.ofMinutes(1))).isTrue();
        assertThat(alone.claim("job", "1", Duration.ofMinutes(1))).isFalse();
    }

    private static Config config() {
        Config c = new Config();
        c.setClusterName("pendopo-unit-" + ProcessHandle.current().pid());
        c.setProperty("hazelcast.logging.type", "none");
        c.getNetworkConfig().setPort(25701).setPortAutoIncrement(true);
        c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = c.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:25701").addMember("127.0.0.1:25702");
        return c;
    }
}
