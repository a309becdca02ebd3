package id.pendopo.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmailChannelTest {

    private static final Notification MAIL = new Notification("Laporan LKT-26-000001 diterima", "Terima kasih.", "LKT-26-000001");

    @Test
    void aServerThatStallsMidAnswerIsLeftAtTheDeadlineNotAfterTheReadTimeout() throws Exception {
        try (Staller server = new Staller()) {
            EmailChannel email = new EmailChannel(settings(server.port()), Duration.ofMillis(1500));

            long started = System.nanoTime();
            DeliveryFailedException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(DeliveryFailedException.class, () -> email.send("warga@example.id", MAIL)));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(e.getMessage().contains("took longer than"), e.getMessage());
            // Cut off by the deadline, not by the 10 s read timeout that would end it without one.
            assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "took " + took);
            assertTrue(server.hungUp.await(10, TimeUnit.SECONDS), "the connection was closed");
        }
    }

    @Test
    void aServerWithinTheDeadlineGetsTheMessage() throws Exception {
        try (SmtpSink sink = new SmtpSink()) {
            EmailChannel email = new EmailChannel(settings(sink.port()), Duration.ofSeconds(20));

            email.send("warga@example.id", MAIL);

            assertEquals(1, sink.messages().size());
            assertEquals("Laporan LKT-26-000001 diterima", sink.messages().get(0).message().getSubject());
        }
    }

    private static MailSettings settings(int port) {
        return new MailSettings(true, "127.0.0.1", port, "Pendopo Langkat <lapor@langkatkab.go.id>", "", "", false);
    }

    /**
     * Starts its greeting and never finishes it, as a server trickling its answer would look between two bytes.
     * Without the deadline the client would wait for its 10 s read timeout (or, with a trickle, for ever).
     */
    private static final class Staller implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        final CountDownLatch hungUp = new CountDownLatch(1);

        Staller() throws IOException {
            Thread t = new Thread(this::serve, "smtp-staller");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            try (Socket s = server.accept()) {
                OutputStream out = s.getOutputStream();
                out.write("220-stall".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (s.getInputStream().read() >= 0) {
                    // the client says nothing before the greeting ends; wait for it to hang up
                }
                hungUp.countDown();
            } catch (IOException e) {
                hungUp.countDown();
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
