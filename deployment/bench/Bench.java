import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of the complaint benchmarks (deployment/bench/complaints.sh). JDK 17 only: {@code java Bench.java MODE ...}.
 *
 * <pre>
 * intake URL SECONDS WARMUP CLIENTS [TOKEN_URL CLIENT_ID SECRET]   POSTs complaints from CLIENTS threads, each with a fresh
 *                                                                 Idempotency-Key; with TOKEN_URL a client-credentials token
 *                                                                 (renewed 60 s before it expires), without it no token
 * get URL COUNT CLIENTS WARMUP                                     GETs URL COUNT times (per client), after WARMUP unmeasured GETs
 * inbox URL COUNT WARMUP                                           GETs the bench inbox endpoint and summarises the server's own times
 * </pre>
 *
 * Every mode prints one line {@code key=value ...}; latencies are nearest-rank percentiles of all measured requests, in ms.
 */
public class Bench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "intake" -> intake(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    args.length > 5 ? new Token(args[5], args[6], args[7]) : null);
            case "get" -> get(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "inbox" -> inbox(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- intake ----------------------------------------------------------------------------------------------------

    static final String[] TITLES = {"Jalan berlubang di depan SD Negeri", "Jembatan kayu desa rusak dan berbahaya",
            "Drainase tersumbat, air meluap ke jalan", "Lampu penerangan jalan mati sepanjang 500 meter",
            "Aspal jalan kabupaten mengelupas setelah hujan"};

    static String body(long n) {
        String title = TITLES[(int) (n % TITLES.length)];
        return """
                {"type":"PENGADUAN","categoryCode":"INFRASTRUKTUR","title":"%s (%d)",\
                "description":"%s. Sudah lebih dari dua minggu tidak ada perbaikan, kendaraan roda dua sering terjatuh \
                terutama pada malam hari dan saat hujan. Mohon segera ditindaklanjuti oleh dinas terkait.",\
                "location":{"districtCode":"12.05.01","address":"Jl. Lintas Sumatera km %d",\
                "latitude":3.%d,"longitude":98.%d},\
                "reporter":{"name":"Warga %d","phone":"+6281234%06d","email":"warga%d@contoh.id"},\
                "privacyMode":"ANONYMOUS"}""".formatted(title, n, title, n % 90, 700000 + n % 99999, 100000 + n % 99999,
                n, n % 1000000, n);
    }

    static void intake(String url, int seconds, int warmup, int clients, Token token) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong seq = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
        List<long[]> perThread = new ArrayList<>();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong ioErrors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                while (true) {
                    // The token is the client's business: fetched (rarely) before the clock starts.
                    String auth = token == null ? null : "Bearer " + token.get();
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    long k = seq.incrementAndGet();
                    HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body(k)));
                    if (auth != null) {
                        rb.header("Authorization", auth);
                    }
                    int status;
                    try {
                        status = HTTP.send(rb.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                        ioErrors.incrementAndGet();
                    }
                    long t1 = System.nanoTime();
                    // Measured: requests that started inside the window and ended by its end.
                    if (t0 >= measureFrom && t1 <= end) {
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status == 201) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = t1 - t0;
                        }
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        for (var f : futures) {
            perThread.add(f.get());
        }
        pool.shutdown();
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long errors = statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToLong(e -> e.getValue().get()).sum();
        System.out.printf(Locale.ROOT, "ok=%d errors=%d statuses=%s rps=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f%n",
                all.length, errors, statuses, all.length / (double) seconds, pct(all, 50), pct(all, 90), pct(all, 99),
                all.length == 0 ? 0.0 : all[all.length - 1] / 1e6);
    }

    // ---- reads -----------------------------------------------------------------------------------------------------

    static void get(String url, int count, int clients, int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            send(url);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[count];
                for (int i = 0; i < count; i++) {
                    long s = System.nanoTime();
                    int status = send(url);
                    lat[i] = System.nanoTime() - s;
                    statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                }
                return lat;
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (var f : futures) {
            parts.add(f.get());
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "n=%d statuses=%s rps=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", all.length,
                statuses, all.length / secs, pct(all, 50), pct(all, 90), pct(all, 99), all[all.length - 1] / 1e6);
    }

    static int send(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":([0-9.]+)");

    static void inbox(String url, int count, int warmup) throws Exception {
        long[] range = new long[count];
        long[] counts = new long[count];
        Map<String, String> first = null;
        for (int i = -warmup; i < count; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            Map<String, String> v = new HashMap<>();
            Matcher m = NUMBER.matcher(r.body());
            while (m.find()) {
                v.put(m.group(1), m.group(2));
            }
            if (first == null) {
                first = v;
            }
            if (i >= 0) {
                range[i] = (long) (Double.parseDouble(v.get("rangeMs")) * 1e6);
                counts[i] = (long) (Double.parseDouble(v.get("countsMs")) * 1e6);
            }
        }
        Arrays.sort(range);
        Arrays.sort(counts);
        System.out.printf(Locale.ROOT,
                "n=%d rows=%s first_rangeMs=%s first_countsMs=%s range_p50=%.1f range_p99=%.1f counts_p50=%.1f counts_p99=%.1f received=%s overdue=%s%n",
                count, first.get("rows"), first.get("rangeMs"), first.get("countsMs"), pct(range, 50), pct(range, 99),
                pct(counts, 50), pct(counts, 99), first.get("received"), first.get("overdue"));
    }

    /** Nearest-rank percentile of sorted nanoseconds, in ms. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** A client-credentials access token, fetched again 60 s before it expires. */
    static final class Token {
        final String url;
        final String form;
        volatile String value;
        volatile long renewAt;

        Token(String url, String clientId, String secret) {
            this.url = url;
            this.form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                    + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        }

        String get() throws IOException, InterruptedException {
            if (value == null || System.nanoTime() >= renewAt) {
                synchronized (this) {
                    if (value == null || System.nanoTime() >= renewAt) {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                        Matcher t = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
                        Matcher e = Pattern.compile("\"expires_in\":(\\d+)").matcher(r.body());
                        if (r.statusCode() != 200 || !t.find() || !e.find()) {
                            throw new IOException("token: " + r.statusCode() + " " + r.body());
                        }
                        value = t.group(1);
                        renewAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, Long.parseLong(e.group(1)) - 60));
                    }
                }
            }
            return value;
        }
    }
}
