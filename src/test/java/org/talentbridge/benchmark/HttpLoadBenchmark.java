package org.talentbridge.benchmark;

import java.io.IOException;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Simulated users over HTTP against a running Talent Bridge (one node, or several behind nginx): each user loops over
 * the public screening, the annex, an applicant's own cases (HTTP Basic) and a reviewer's task list (HTTP Basic), and
 * the report gives throughput, p50/p95/p99 and errors per operation. Needs the demo accounts (embedded database, or
 * APP_DEMO_DATA_ENABLED=true). Not a timed test: {@code mvn -Pbenchmark test -Dtest=HttpLoadBenchmark
 * -Dbenchmark.url=http://127.0.0.1:8080 -Dbenchmark.users=16 -Dbenchmark.seconds=20}; appends to
 * {@code target/benchmark-http.txt}. {@code src/test/resources/benchmark/two-nodes-load.sh} runs it against one node
 * and against two nodes behind nginx.
 */
@Tag("benchmark")
class HttpLoadBenchmark {

    private static final String URL = System.getProperty("benchmark.url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("benchmark.users", 16);
    private static final long SECONDS = Long.getLong("benchmark.seconds", 20);
    private static final String LABEL = System.getProperty("benchmark.label", URL);
    private static final String PASSWORD = System.getProperty("benchmark.password", "Demo2026");
    private static final List<String> APPLICANTS = List.of("wanghan", "lihua", "zhaomin", "sunhui", "sunqiang", "zhoufang");
    private static final List<String> REVIEWERS = List.of("reviewer", "reviewer2");
    private static final String SCREENING = """
            {"referenceDate":"2026-12-31","occupation":"焊工","series":"工程技术","targetLevel":"INTERMEDIATE",
             "skillLevels":[{"level":"TECHNICIAN","occupation":"焊工","obtainedOn":"2022-06-30"}],
             "workPeriods":[{"from":"2022-07-01","to":null,"occupation":"焊工","technicalSkillWork":true}],
             "annualAssessments":[{"year":2023,"result":"QUALIFIED"},{"year":2024,"result":"EXCELLENT"},
                                  {"year":2025,"result":"QUALIFIED"}],
             "awards":[],"ethicsDeclaration":true,"idNumber":null}""";

    private record Operation(String name, IntFunction<HttpRequest> request) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

    @Test
    void simulatedApplicantsAndReviewers() throws Exception {
        List<Operation> operations = List.of(
                new Operation("POST /api/screening/title (anonymous)", user -> HttpRequest.newBuilder(URI.create(URL + "/api/screening/title"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SCREENING)).build()),
                new Operation("GET /api/catalog/occupations?q=焊 (anonymous)", user -> HttpRequest.newBuilder(
                        URI.create(URL + "/api/catalog/occupations?q=%E7%84%8A")).GET().build()),
                new Operation("GET /api/cases (applicant, HTTP Basic)", user -> basic(HttpRequest.newBuilder(URI.create(URL + "/api/cases")),
                        APPLICANTS.get(user % APPLICANTS.size())).GET().build()),
                new Operation("GET /api/tasks?limit=20 (reviewer, HTTP Basic)", user -> basic(HttpRequest.newBuilder(
                        URI.create(URL + "/api/tasks?limit=20")), REVIEWERS.get(user % REVIEWERS.size())).GET().build()));
        for (Operation operation : operations) {
            nanos.put(operation.name(), Collections.synchronizedList(new ArrayList<>()));
            errors.put(operation.name(), new AtomicLong());
        }
        run(operations, Math.min(5, SECONDS)); // warm-up, not reported
        nanos.values().forEach(List::clear);
        errors.values().forEach(e -> e.set(0));
        long start = System.nanoTime();
        run(operations, SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%s — %d users, %d s", LABEL, USERS, SECONDS));
        for (Operation operation : operations) {
            report.add(line(operation.name(), nanos.get(operation.name()), errors.get(operation.name()).get(), elapsed));
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target/benchmark-http.txt"), report, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void run(List<Operation> operations, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        for (int u = 0; u < USERS; u++) {
            int user = u;
            pool.submit(() -> {
                int i = user;
                while (System.nanoTime() < end) {
                    Operation operation = operations.get(i++ % operations.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(operation.request().apply(user),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() >= 400) {
                            errors.get(operation.name()).incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.get(operation.name()).incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    nanos.get(operation.name()).add(System.nanoTime() - t0);
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
