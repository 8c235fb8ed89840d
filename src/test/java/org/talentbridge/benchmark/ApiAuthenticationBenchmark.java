package org.talentbridge.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Authenticated API calls against a running Talent Bridge (issue 19 items 1 and 4): {@code GET /api/cases} as a demo
 * applicant over {@code benchmark.connections} (8) connections in a closed loop, once with an API token per
 * connection (issued through {@code POST /api/admin/api-tokens} as the demo administrator) and once with HTTP Basic;
 * then 100 HTTP Basic sign-ins in a row on one connection (each a BCrypt check). Needs the demo accounts. Not a timed
 * test: {@code mvn -Pbenchmark test -Dtest=ApiAuthenticationBenchmark -Dbenchmark.url=http://127.0.0.1:18190}; appends
 * to {@code target/benchmark-auth.txt}. Start the jar with {@code APP_API_TOKENS_REQUESTS_PER_SECOND=100000} to
 * measure the node rather than the per-token limit (a 429 counts as an error).
 */
@Tag("benchmark")
class ApiAuthenticationBenchmark {

    private static final String URL = System.getProperty("benchmark.url", "http://127.0.0.1:18190");
    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 8);
    private static final long SECONDS = Long.getLong("benchmark.seconds", 20);
    private static final String PASSWORD = System.getProperty("benchmark.password", "Demo2026");
    private static final String ADMIN = System.getProperty("benchmark.admin", "admin");
    private static final String APPLICANT = System.getProperty("benchmark.applicant", "wanghan");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void tokensAgainstBasicAndOneHundredSignInsInARow() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            tokens.add(issue("benchmark connection " + i));
        }
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%s — %d connections, %d s, %s", URL, CONNECTIONS, SECONDS, java.time.Instant.now()));
        report.add(load("GET /api/cases (applicant, API token)", c -> cases().header("Authorization", "Bearer " + tokens.get(c)).build()));
        report.add(load("GET /api/cases (applicant, HTTP Basic)", c -> basic(cases(), APPLICANT).build()));
        List<Long> signIns = new ArrayList<>();
        long failed = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            long t0 = System.nanoTime();
            failed += client.send(basic(cases(), APPLICANT).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 0 : 1;
            signIns.add(System.nanoTime() - t0);
        }
        report.add(line("100 HTTP Basic sign-ins in a row (1 connection)", signIns, failed, (System.nanoTime() - start) / 1e9)
                + String.format(Locale.ROOT, "  total %.2f s", (System.nanoTime() - start) / 1e9));
        report.forEach(System.out::println);
        Files.write(Path.of("target/benchmark-auth.txt"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private HttpRequest.Builder cases() {
        return HttpRequest.newBuilder(URI.create(URL + "/api/cases")).GET();
    }

    private String issue(String name) throws Exception {
        HttpResponse<String> response = client.send(basic(HttpRequest.newBuilder(URI.create(URL + "/api/admin/api-tokens")), ADMIN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"%s\",\"name\":\"%s\",\"validDays\":1}"
                        .formatted(APPLICANT, name))).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    private String load(String what, IntFunction<HttpRequest> request) throws InterruptedException {
        run(request, Math.min(5, SECONDS), new ArrayList<>(), new AtomicLong()); // warm-up, not reported
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        run(request, SECONDS, nanos, errors);
        return line(what, nanos, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private void run(IntFunction<HttpRequest> request, long seconds, List<Long> nanos, AtomicLong errors)
            throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> sink = Collections.synchronizedList(nanos);
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            int connection = c;
            pool.submit(() -> {
                HttpRequest r = request.apply(connection);
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    sink.add(System.nanoTime() - t0);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder builder, String username) {
        return Timings.basic(builder, username, PASSWORD);
    }

    private static String line(String what, List<Long> times, long failed, double seconds) {
        return Timings.throughputLine(what, times, failed, seconds);
    }
}
