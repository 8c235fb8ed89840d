package org.talentbridge.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Issue 19, item 2: what a title-case submission costs against the bare engine, side by side in one run on the same
 * PostgreSQL. The application's submissions (case row, frozen profile, screening, audit, notifications, inbox row,
 * process start, one transaction) are timed on one and two threads; then a standalone engine of its own (schema
 * {@code bare_engine} in the same database, history FULL, no plugins, no-op delegates setting the same variables)
 * starts the same {@code processes/title-application.bpmn} with the same start variables to the same wait state.
 * Run: {@code mvn -Pbenchmark test -Dtest=SubmissionCostBenchmark} ({@code -Dbenchmark.submissions=N}); the figures
 * go to {@code target/benchmark-submission.txt}. Timings never gate the build.
 */
@Tag("benchmark")
class SubmissionCostBenchmark extends IntegrationTest {

    private static final int N = Integer.getInteger("benchmark.submissions", 300);
    /** Submissions before the measured runs (the JIT warmed up), for the application and the bare engine alike. */
    private static final int WARMUP = Integer.getInteger("benchmark.submissions.warmup", 2 * N);
    private static final String SCHEMA = "bare_engine";

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();
    private CpuTimes cpuTimes;

    @Test
    void measure() throws Exception {
        cpuTimes = CpuTimes.of(jdbc);
        // the JIT and the caches, as the bare engine gets below: at N / 5 the JIT still compiled during the measured
        // runs (its threads count in the process CPU: 16 ms a submission on 1 thread, 8 on 2, idle machine)
        application(1, WARMUP, "warm-up, ");
        double app1 = application(1, N, "");
        double app2 = application(2, N, "");
        double bare1;
        double bare2;
        try (HikariDataSource bare = bareDataSource()) {
            ProcessEngine engine = bareEngine(bare);
            try {
                bareStarts(engine, 1, WARMUP); // warm-up
                bare1 = bareStarts(engine, 1, N);
                bare2 = bareStarts(engine, 2, N);
            } finally {
                engine.close();
            }
        }
        report.add(String.format(Locale.ROOT, "application ÷ bare engine: %.2f on 1 thread, %.2f on 2 threads (goal ≥ 0.5)",
                app1 / bare1, app2 / bare2));
        Files.write(Path.of("target/benchmark-submission.txt"), report);
        report.forEach(System.out::println);
    }

    /** Submissions per second on {@code threads} threads; each applicant is made eligible before the clock runs. */
    private double application(int threads, int n, String label) throws Exception {
        List<AccountView> applicants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            applicants.add(eligibleWelder((label.isEmpty() ? "cost" : "warm") + threads));
        }
        SubmitTitleApplication welder = new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true);
        return timed(label + "title-case submission, application (history FULL without variable details)", threads, n, i -> {
            signIn(applicants.get(i));
            cases.submit(welder);
        });
    }

    private double bareStarts(ProcessEngine engine, int threads, int n) throws Exception {
        return timed("the same process started on the bare engine (history FULL, no-op delegates)", threads, n, i -> {
            Map<String, Object> start = new HashMap<>();
            start.put(TitleApplicationProcess.VAR_CASE_ID, (long) i);
            start.put(TitleApplicationProcess.VAR_CASE_NUMBER, "BARE-" + threads + "-" + i);
            start.put(TitleApplicationProcess.VAR_APPLICANT, "applicant" + i);
            start.put(TitleApplicationProcess.VAR_TARGET_LEVEL, TitleLevel.INTERMEDIATE.name());
            start.put(TitleApplicationProcess.VAR_SERIES, "工程技术");
            start.put(TitleApplicationProcess.VAR_OCCUPATION, "焊工");
            start.put(TitleApplicationProcess.VAR_ROUND_ID, 1L);
            engine.getRuntimeService().startProcessInstanceByKey(TitleApplicationProcess.KEY, "BARE-" + threads + "-" + i, start);
        });
    }

    /** Runs {@code work} n times over {@code threads} threads; reports and returns operations per second. */
    private double timed(String what, int threads, int n, IntConsumer work) throws Exception {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CpuTimes.Sample cpu = cpuTimes.sample();
        long begin = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < n; i += threads) {
                        long s = System.nanoTime();
                        work.accept(i);
                        nanos.add(System.nanoTime() - s);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        report.add(Timings.throughputLine(what + ", " + threads + " thread(s)", nanos, 0, seconds)
                + "  " + cpuTimes.since(cpu).perOperation(n));
        return n / seconds;
    }

    /** A pool on the application's database whose connections work in the schema of the bare engine. */
    private HikariDataSource bareDataSource() {
        HikariDataSource app = (HikariDataSource) dataSource;
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        jdbc.execute("create schema " + SCHEMA);
        HikariDataSource bare = new HikariDataSource();
        String url = app.getJdbcUrl();
        bare.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        bare.setUsername(app.getUsername());
        bare.setPassword(app.getPassword());
        bare.setMaximumPoolSize(4);
        return bare;
    }

    private static ProcessEngine bareEngine(DataSource ds) throws Exception {
        JavaDelegate screening = execution -> {
            execution.setVariable(TitleApplicationProcess.VAR_ELIGIBLE, true);
            execution.setVariable(TitleApplicationProcess.VAR_NEEDS_SERIES_DECISION, false);
            execution.setVariable(TitleApplicationProcess.VAR_EMPLOYER_GROUP, "employer-1");
            execution.setVariable(TitleApplicationProcess.VAR_EMPLOYER_REVIEW_DUE, new Date(System.currentTimeMillis() + 86_400_000L * 7));
        };
        JavaDelegate nothing = execution -> { };
        TaskListener none = task -> { };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("screenTitleCase", screening);
        for (String delegate : List.of("runIntegrityChecks", "grantTitle", "lapseTitleCase")) {
            beans.put(delegate, nothing);
        }
        for (String listener : List.of("seriesDecisionCompleted", "employerReviewCompleted", "qualificationReviewCompleted",
                "integrityReviewCompleted")) {
            beans.put(listener, none);
        }
        beans.put("caseStatus", new org.talentbridge.processes.RecordedCaseStatus()); // the model's status listeners
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName("bare");
        config.setDataSource(ds);
        config.setDatabaseSchema(SCHEMA);
        config.setDatabaseTablePrefix(SCHEMA + ".");
        config.setDatabaseSchemaUpdate("true");
        config.setHistory("full");
        config.setJobExecutorActivate(false);
        config.setMetricsEnabled(false);
        config.setBeans(beans);
        ProcessEngine engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().name("bare")
                .addString("title-application.bpmn", Files.readString(Path.of("processes/title-application.bpmn"))).deploy();
        return engine;
    }
}
