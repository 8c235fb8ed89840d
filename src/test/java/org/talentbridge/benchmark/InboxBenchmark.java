package org.talentbridge.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.InboxFilter;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The reviewers' inbox with 100,000 open qualification-review tasks (issue 4, item 8), on the real engine and
 * PostgreSQL. Its own database ({@code target/benchmark-inbox-postgres}, its own Spring context), so the rows never
 * reach another test. Run with
 * {@code mvn -Pbenchmark test -Dtest=InboxBenchmark}; the table is printed and written to
 * {@code target/benchmark-inbox.txt}. Timings never gate the build.
 *
 * <p>Tasks are created as fast as the engine honestly allows: each is a real process instance started before
 * {@code Task_QualificationReview} with the variables a submission sets (so the task has its candidate group, its due
 * date, the withdrawal message subscription and full history), 100 instances per transaction, from several threads;
 * their applicants and case rows go in by JDBC batch in the same transaction. Screening is skipped (it is not what
 * is measured). Creation stops at {@code benchmark.inbox.maxCreateMinutes} and the number reached is reported.
 */
@Tag("benchmark")
@TestPropertySource(properties = "app.embedded-db.data-directory=target/benchmark-inbox-postgres")
class InboxBenchmark extends IntegrationTest {

    private static final int TASKS = Integer.getInteger("benchmark.inbox.tasks", 100_000);
    private static final int THREADS = Integer.getInteger("benchmark.inbox.threads", 3);
    private static final int RUNS = Integer.getInteger("benchmark.inbox.runs", 50);
    private static final int WARM_UP = Integer.getInteger("benchmark.inbox.warmUp", 5);
    private static final Duration MAX_CREATE = Duration.ofMinutes(Integer.getInteger("benchmark.inbox.maxCreateMinutes", 9));
    /** No metric runs longer than this (fewer runs are reported when a query is slow). */
    private static final Duration MAX_PER_METRIC = Duration.ofSeconds(Integer.getInteger("benchmark.inbox.maxSecondsPerMetric", 40));
    private static final int CHUNK = 100;
    private static final long FIRST_ID = 10_000_000L;
    private static final int PAGE = 50;

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate tx;

    private final List<String> report = new ArrayList<>();
    private String snapshot;
    private List<Long> rounds;

    @Test
    void measure() throws Exception {
        prepare();
        int created = createTasks();
        long started = System.nanoTime();
        jdbc.execute("analyze"); // what autovacuum does shortly after a bulk load; no index is added anywhere
        report.add(String.format(Locale.ROOT, "analyze after the load: %.1f s", (System.nanoTime() - started) / 1e9));
        report.add(jdbc.queryForObject("""
                select 'PostgreSQL ' || current_setting('server_version') || ', fsync=' || current_setting('fsync')
                    || ', synchronous_commit=' || current_setting('synchronous_commit') || ', shared_buffers='
                    || current_setting('shared_buffers') || ', work_mem=' || current_setting('work_mem')
                    || ', database ' || pg_size_pretty(pg_database_size(current_database()))""", String.class));
        measureInbox(created);
        Path out = Path.of("target/benchmark-inbox.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** A real submission gives a realistic frozen profile; three more rounds make the round filter selective. */
    private void prepare() {
        eligibleWelder("inboxbench");
        String caseNumber = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        SecurityContextHolder.clearContext();
        snapshot = jdbc.queryForObject("select profile_snapshot::text from tb.title_case where case_number = ?", String.class, caseNumber);
        LocalDate today = LocalDate.now();
        for (int i = 1; i <= 3; i++) {
            jdbc.update("""
                    insert into tb.evaluation_round (year, name, series, reference_date, intake_opens, intake_closes,
                        correction_days, review_sla_working_days, created_by)
                    values (?, ?, array['工程技术', '实验技术', '工艺美术'], ?, ?, ?, 10, 5, 'benchmark')""",
                    today.getYear(), "benchmark round " + i, today.withDayOfYear(1).plusYears(1).minusDays(1),
                    today.minusMonths(1), today.plusMonths(2));
        }
        rounds = jdbc.queryForList("select id from tb.evaluation_round order by id", Long.class);
    }

    private int createTasks() throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + MAX_CREATE.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                int from;
                while ((from = next.getAndAdd(CHUNK)) < TASKS && System.nanoTime() < deadline) {
                    int to = Math.min(TASKS, from + CHUNK);
                    int first = from;
                    tx.executeWithoutResult(status -> createChunk(first, to));
                    int total = done.addAndGet(to - from);
                    if (total % 10_000 < CHUNK) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        System.out.printf(Locale.ROOT, "inbox benchmark: %,d tasks in %.0f s (%.0f/s)%n", total, seconds, total / seconds);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format(Locale.ROOT, "created %,d open review tasks (of %,d asked) in %.0f s: %.0f tasks/s, %d threads, %d per transaction",
                done.get(), TASKS, seconds, done.get() / seconds, THREADS, CHUNK));
        return done.get();
    }

    /**
     * Tasks {@code from} (inclusive) to {@code to}: applicant rows, process instances waiting in qualification review,
     * case rows pointing at them; 10 % are overdue, series 70 % 工程技术 / 20 % 实验技术 / 10 % 工艺美术, rounds evenly.
     */
    private void createChunk(int from, int to) {
        List<Object[]> applicants = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> caseRows = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = from; i < to; i++) {
            long id = FIRST_ID + i;
            String username = "inbox" + i;
            applicants.add(new Object[] {id, username, "{noop}", "申请人" + i, "3309%014d".formatted(i), "13800000000"});
            roles.add(new Object[] {id});
        }
        jdbc.batchUpdate("insert into tb.account (id, username, password_hash, display_name, id_number, mobile) values (?, ?, ?, ?, ?, ?)",
                applicants);
        jdbc.batchUpdate("insert into tb.account_role (account_id, role) values (?, 'APPLICANT')", roles);
        for (int i = from; i < to; i++) {
            long id = FIRST_ID + i;
            String caseNumber = caseNumber(i);
            String series = series(i);
            Long round = rounds.get(i % rounds.size());
            // overdue: one in ten, up to 10 days late; the rest due within 30 days
            long dueOffset = i % 10 == 0 ? -((i % 240) + 1) * 3_600_000L : ((i % 720) + 1) * 3_600_000L;
            Map<String, Object> variables = new HashMap<>();
            variables.put(TitleApplicationProcess.VAR_CASE_ID, id);
            variables.put(TitleApplicationProcess.VAR_CASE_NUMBER, caseNumber);
            variables.put(TitleApplicationProcess.VAR_APPLICANT, "inbox" + i);
            variables.put(TitleApplicationProcess.VAR_TARGET_LEVEL, TitleLevel.INTERMEDIATE.name());
            variables.put(TitleApplicationProcess.VAR_SERIES, series);
            variables.put(TitleApplicationProcess.VAR_ROUND_ID, round);
            variables.put(TitleApplicationProcess.VAR_ELIGIBLE, true);
            variables.put(TitleApplicationProcess.VAR_REVIEW_DUE, new Date(now + dueOffset));
            String processInstanceId = runtime.createProcessInstanceByKey(TitleApplicationProcess.KEY).businessKey(caseNumber)
                    .setVariables(variables).startBeforeActivity(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW)
                    .execute().getId();
            caseRows.add(new Object[] {id, caseNumber, id, series.equals("工艺美术") ? "雕刻工" : "焊工", series,
                    processInstanceId, snapshot, round, new Timestamp(now)});
        }
        jdbc.batchUpdate("""
                insert into tb.title_case (id, case_number, applicant_id, occupation_name, series, target_level, status,
                    process_instance_id, profile_snapshot, round_id, submitted_at)
                values (?, ?, ?, ?, ?, 'INTERMEDIATE', 'QUALIFICATION_REVIEW', ?, ?::jsonb, ?, ?)""", caseRows);
    }

    private static String caseNumber(int i) {
        return "ZC%d-%06d".formatted(LocalDate.now().getYear(), 100_000 + i);
    }

    private static String series(int i) {
        int bucket = i % 10;
        return bucket < 7 ? "工程技术" : bucket < 9 ? "实验技术" : "工艺美术";
    }

    private void measureInbox(int created) throws Exception {
        AccountView reviewer = accounts.findByUsername("reviewer").orElseThrow();
        signIn(reviewer);
        // the reviewer holds a few tasks, as a working reviewer does
        inbox.page(InboxScope.GROUPS, 1_000, 20).forEach(r -> inbox.claim(r.taskId()));

        InboxFilter all = InboxFilter.of(InboxScope.ALL);
        InboxFilter overdue = InboxFilter.of(InboxScope.OVERDUE);
        InboxFilter mine = InboxFilter.of(InboxScope.MINE);
        InboxFilter byNumber = new InboxFilter(InboxScope.ALL, caseNumber(created / 2), null, null);
        InboxFilter byPartialNumber = new InboxFilter(InboxScope.ALL, caseNumber(created / 2).substring(0, 11), null, null);
        InboxFilter bySeries = new InboxFilter(InboxScope.ALL, null, "工艺美术", null);
        InboxFilter byRound = new InboxFilter(InboxScope.ALL, null, null, rounds.get(1));
        InboxFilter seriesAndRound = new InboxFilter(InboxScope.ALL, null, "实验技术", rounds.get(2));
        int deep = Math.min(50_000, Math.max(0, created - PAGE));

        report.add("");
        report.add(String.format(Locale.ROOT, "| inbox query (ReviewInboxService, in-process; %,d open review tasks) | matches | n | mean | p50 | p95 |", created));
        report.add("|---|---|---|---|---|---|");
        time("first page of 50 (ALL, soonest due first)", inbox.count(all), () -> inbox.page(all, 0, PAGE).size());
        time("deep page of 50 at offset " + String.format(Locale.ROOT, "%,d", deep), inbox.count(all), () -> inbox.page(all, deep, PAGE).size());
        time("count (ALL)", inbox.count(all), () -> inbox.count(all));
        time("OVERDUE: first page of 50", inbox.count(overdue), () -> inbox.page(overdue, 0, PAGE).size());
        time("OVERDUE: count", inbox.count(overdue), () -> inbox.count(overdue));
        time("MINE: page + count", inbox.count(mine), () -> inbox.page(mine, 0, PAGE).size() + inbox.count(mine));
        time("case-number search, whole number: page + count", inbox.count(byNumber),
                () -> inbox.page(byNumber, 0, PAGE).size() + inbox.count(byNumber));
        time("case-number search, part of a number (\"" + byPartialNumber.caseNumber() + "\"): page + count",
                inbox.count(byPartialNumber), () -> inbox.page(byPartialNumber, 0, PAGE).size() + inbox.count(byPartialNumber));
        time("series filter: first page of 50", inbox.count(bySeries), () -> inbox.page(bySeries, 0, PAGE).size());
        time("series filter: count", inbox.count(bySeries), () -> inbox.count(bySeries));
        time("round filter: first page of 50", inbox.count(byRound), () -> inbox.page(byRound, 0, PAGE).size());
        time("round filter: count", inbox.count(byRound), () -> inbox.count(byRound));
        time("series and round: first page of 50", inbox.count(seriesAndRound), () -> inbox.page(seriesAndRound, 0, PAGE).size());
        SecurityContextHolder.clearContext();
        timeHttp(reviewer);
    }

    /** The same first page through {@code GET /api/tasks}: HTTP Basic checks the password (BCrypt) on every request. */
    private void timeHttp(AccountView reviewer) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/tasks?limit=" + PAGE)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (reviewer.username() + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build();
        time("GET /api/tasks?limit=50 over HTTP (Basic auth, BCrypt per request)", -1, () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/tasks answered " + response.statusCode());
                }
                return response.body().length();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void time(String what, int matches, IntSupplier query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.getAsInt();
        }
        List<Long> nanos = new ArrayList<>();
        long budget = System.nanoTime() + MAX_PER_METRIC.toNanos();
        while (nanos.size() < RUNS && (nanos.size() < 5 || System.nanoTime() < budget)) {
            long start = System.nanoTime();
            query.getAsInt();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        double p50 = nanos.get(nanos.size() / 2) / 1e6;
        double p95 = nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(nanos.size() * 0.95) - 1)) / 1e6;
        String line = String.format(Locale.ROOT, "| %s | %s | %d | %.1f ms | %.1f ms | %.1f ms |", what,
                matches < 0 ? "" : String.format(Locale.ROOT, "%,d", matches), nanos.size(), mean, p50, p95);
        System.out.println(line);
        report.add(line);
    }
}
