package id.pendopo.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The running Payara Micro's heap, as {@code jcmd GC.class_histogram} sees it after a full GC: for tests of what the
 * server keeps, such as leaked JDBC statements. Finds the process by the HTTP port the tests run it on.
 */
final class PayaraHeap {

    private PayaraHeap() {
    }

    /** How many instances of {@code className} are reachable in the server's heap right now. */
    static long liveInstances(String className) {
        String histogram = jcmd(payaraPid(), "GC.class_histogram");
        for (String line : histogram.split("\n")) {
            String[] cols = line.strip().split("\\s+");
            if (cols.length >= 4 && cols[3].equals(className)) {
                return Long.parseLong(cols[1]);
            }
        }
        return 0;
    }

    private static long payaraPid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")
                        && c.contains("--port " + Platform.HTTP_PORT)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new AssertionError("No Payara Micro process on port " + Platform.HTTP_PORT));
    }

    private static String jcmd(long pid, String command) {
        String jcmd = ProcessHandle.current().info().command()
                .map(java -> java.replaceAll("java$", "jcmd")).orElse("jcmd");
        try {
            Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("Cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
