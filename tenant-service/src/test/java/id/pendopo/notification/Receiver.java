package id.pendopo.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP endpoint on a random local port that answers with the statuses it is given and records every request. */
final class Receiver implements AutoCloseable {

    record Request(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int otherwise = 200;
    private volatile Runnable onFirstRequest;
    private volatile boolean trickle;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
            Runnable hook = onFirstRequest;
            onFirstRequest = null;
            if (hook != null) {
                hook.run();
            }
            Integer status;
            synchronized (answers) {
                status = answers.isEmpty() ? otherwise : answers.poll();
            }
            if (trickle) {
                // Headers at once, then a body that never ends: one byte now and then, until the client hangs up.
                exchange.sendResponseHeaders(status, 0);
                try (var out = exchange.getResponseBody()) {
                    for (int i = 0; i < 600; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException clientGone) {
                    // the client closed the connection: what it should do
                }
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Runs {@code hook} while the first request is being received, before it is answered. */
    Receiver duringFirstRequest(Runnable hook) {
        this.onFirstRequest = hook;
        return this;
    }

    /** Answers every request with its headers at once and a body that trickles for a minute. */
    Receiver trickling() {
        this.trickle = true;
        return this;
    }

    /** Answers these statuses first, in order, then {@code otherwise}. */
    Receiver answering(int otherwise, Integer... first) {
        this.otherwise = otherwise;
        synchronized (answers) {
            answers.addAll(List.of(first));
        }
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
