package id.pendopo.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the heap has room. A process whose heap stays nearly full spends its time collecting garbage and
 * answers nothing useful; a restart helps there, unlike for a database outage, which readiness covers.
 */
@Liveness
@ApplicationScoped
public class MemoryLiveness implements HealthCheck {

    static final double MAX_HEAP_USE = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        double used = (double) heap.getUsed() / max;
        return HealthCheckResponse.named("pendopo-api-heap")
                .status(used < MAX_HEAP_USE)
                .withData("usedMiB", heap.getUsed() >> 20)
                .withData("maxMiB", max >> 20)
                .build();
    }
}
