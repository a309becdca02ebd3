package id.pendopo.api.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * JVM and application metrics in the Prometheus text format at {@code /api/metrics}. Payara's own
 * {@code /metrics} lives in its default web module, which the UI at {@code /} replaces (see
 * {@link HealthServlet}), and the base registry an application can inject is empty there, so the JVM figures
 * are read from the platform MXBeans; the application registry (metrics the platform's code registers) is
 * exported as it is.
 */
@WebServlet(name = "metrics", urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    @Inject
    @RegistryScope(scope = MetricRegistry.BASE_SCOPE)
    MetricRegistry base;

    @Inject
    @RegistryScope(scope = MetricRegistry.VENDOR_SCOPE)
    MetricRegistry vendor;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry application;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        PrintWriter out = response.getWriter();
        jvm(out);
        write(out, "base", base);
        write(out, "vendor", vendor);
        write(out, "application", application);
    }

    static void jvm(PrintWriter out) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        gauge(out, "jvm_memory_heap_used_bytes", "", memory.getHeapMemoryUsage().getUsed());
        gauge(out, "jvm_memory_heap_committed_bytes", "", memory.getHeapMemoryUsage().getCommitted());
        gauge(out, "jvm_memory_heap_max_bytes", "", memory.getHeapMemoryUsage().getMax());
        gauge(out, "jvm_memory_nonheap_used_bytes", "", memory.getNonHeapMemoryUsage().getUsed());
        gauge(out, "jvm_threads_live", "", ManagementFactory.getThreadMXBean().getThreadCount());
        gauge(out, "jvm_classes_loaded", "", ManagementFactory.getClassLoadingMXBean().getLoadedClassCount());
        gauge(out, "jvm_uptime_seconds", "", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        gauge(out, "system_load_average", "", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            String label = "{gc=\"" + gc.getName().replace("\"", "") + "\"}";
            gauge(out, "jvm_gc_collections_total", label, gc.getCollectionCount());
            gauge(out, "jvm_gc_time_seconds_total", label, gc.getCollectionTime() / 1000.0);
        }
    }

    private static void gauge(PrintWriter out, String name, String labels, Number value) {
        out.printf("# TYPE %s gauge%n%s%s %s%n", name, name, labels, value);
    }

    static void write(PrintWriter out, String scope, MetricRegistry registry) {
        Map<MetricID, Metric> metrics = new TreeMap<>(registry.getMetrics());
        for (Map.Entry<MetricID, Metric> e : metrics.entrySet()) {
            String name = name(scope, e.getKey().getName());
            String labels = labels(e.getKey());
            Metric m = e.getValue();
            if (m instanceof Counter c) {
                out.printf("# TYPE %s_total counter%n%s_total%s %d%n", name, name, labels, c.getCount());
            } else if (m instanceof Gauge<?> g) {
                Object v = g.getValue();
                if (v instanceof Number n) {
                    out.printf("# TYPE %s gauge%n%s%s %s%n", name, name, labels, n);
                }
            } else if (m instanceof Timer t) {
                out.printf("# TYPE %s_seconds summary%n%s_seconds_count%s %d%n%s_seconds_sum%s %.6f%n", name, name, labels,
                        t.getCount(), name, labels, t.getElapsedTime().toNanos() / 1e9);
            } else if (m instanceof Histogram h) {
                out.printf("# TYPE %s summary%n%s_count%s %d%n%s_sum%s %d%n", name, name, labels, h.getCount(), name,
                        labels, h.getSum());
            }
        }
    }

    static String name(String scope, String metric) {
        return (scope + "_" + metric).replaceAll("[^a-zA-Z0-9_:]", "_");
    }

    static String labels(MetricID id) {
        if (id.getTags().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("{");
        for (Tag t : id.getTagsAsArray()) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append(t.getTagName().replaceAll("[^a-zA-Z0-9_]", "_")).append("=\"")
                    .append(t.getTagValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }
}
