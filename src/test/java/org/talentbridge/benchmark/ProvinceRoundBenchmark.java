package org.talentbridge.benchmark;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.IntegrityChecks;
import org.talentbridge.casework.IntegrityFlag;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.certificate.RoundResultsService;
import org.talentbridge.committee.BallotRequest;
import org.talentbridge.committee.CaseGroup;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawView;
import org.talentbridge.committee.DrawnMember;
import org.talentbridge.committee.MoveOnJobs;
import org.talentbridge.committee.MoveOnProgress;
import org.talentbridge.committee.PanelVoteService;
import org.talentbridge.committee.VoteDecision;
import org.talentbridge.publication.PublicationClock;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.GrantJobs;
import org.talentbridge.publication.PublicityPeriodProcess;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * One evaluation round of {@code benchmark.round.cases} (1,000) real title cases through the committee stage and on
 * to the grant (issue 19 item 3), each step through the application's own services, with its time and the peak heap
 * while it ran. Its own database ({@code target/benchmark-round-postgres}). Run with
 * {@code mvn -o -Pbenchmark test -Dtest=ProvinceRoundBenchmark -Dbenchmark.round.cases=1000} (then 10000); writes
 * {@code target/benchmark-round.txt}. Timings never gate the build.
 *
 * <p>Seeding (not measured): applicants and case rows by JDBC batch, each case a real {@code titleApplication} instance
 * started at {@code Task_CommitteeReview} (process-instance modification) with the variables a submission and the
 * reviews set, 100 per transaction on {@code benchmark.round.threads} (3) threads; every case of series 工程技术,
 * level 中级, at one employer, so the round is one large group that the committee splits into panels of at most
 * {@code app.committee.max-cases-per-panel} (500). Every second case passes its panel.
 *
 * <p>Measured: grouping, the draws of all panels (with confirming and opening each vote), the members' ballots, closing
 * each panel's vote, the move-on jobs of all panels as the job executor runs them (one job at a time per panel, as the
 * engine runs a panel's exclusive jobs; {@code benchmark.round.jobThreads} (2) panels side by side), the integrity
 * checks of all passed cases on the officer's screen, publishing the passed cases (at most 5,000), both .xlsx exports,
 * and the nightly grant: the publicity period's timer job (it lists the entries), the fan-out job, one job per entry
 * (one at a time, as the engine runs a list's exclusive jobs), then any case job left. Each step's line gives its CPU:
 * this JVM's and PostgreSQL's ({@link CpuTimes}), which the machine's load moves much less than the wall clock.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"app.embedded-db.data-directory=target/benchmark-round-postgres",
        "app.security.bcrypt-strength=4"})
class ProvinceRoundBenchmark extends IntegrationTest {

    private static final int CASES = Integer.getInteger("benchmark.round.cases", 1_000);
    private static final int THREADS = Integer.getInteger("benchmark.round.threads", 3);
    private static final int JOB_THREADS = Integer.getInteger("benchmark.round.jobThreads", 2);
    private static final int MAX_PUBLISHED = 5_000;
    private static final int CHUNK = 100;
    private static final long FIRST_ID = 20_000_000L;
    private static final int PANEL_SIZE = 3;

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private CommitteeService committee;
    @Autowired
    private PanelVoteService votes;
    @Autowired
    private IntegrityChecks integrity;
    @Autowired
    private PublicationService publication;
    @Autowired
    private RoundResultsService results;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcTemplate jdbc;
    private CpuTimes cpuTimes;
    @Autowired
    private TransactionTemplate tx;

    private final List<String> report = new ArrayList<>();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private String snapshot;
    private String snapshotCertificate;
    private long employerId;
    private RoundView round;

    @Test
    void aRoundAtProvinceSize() throws Exception {
        report.add(String.format(Locale.ROOT, "round of %,d title cases; max heap %,d MB; %d cores", CASES,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
        report.add(String.format(Locale.ROOT, "%-64s %10s %12s %14s", "step", "time", "per case", "peak heap"));
        prepare();
        seed();
        jdbc.execute("analyze");
        // I.2's holders query: does it find a certificate number through the index, or read every case's snapshot?
        report.add("  I.2 holders query plan: " + String.join(" / ", jdbc.queryForList("""
                explain select c.case_number from tb.title_case c
                where tb.certificate_numbers(c.profile_snapshot) && array['T-RB000001']""", String.class)).strip());
        AccountView secretary = accounts.findByUsername("secretary").orElseThrow();
        AccountView officer = accounts.findByUsername("integrity").orElseThrow();

        List<CaseGroup> groups = step("grouping (CommitteeService.groups)", CASES, () -> as(secretary, () -> committee.groups(round.id())));
        report.add("  groups: " + groups.stream().map(g -> String.valueOf(g.caseNumbers().size())).toList());
        List<DrawView> drawn = step("panel draws (drawAll, panel of " + PANEL_SIZE + ")", CASES,
                () -> as(secretary, () -> committee.drawAll(round.id(), PANEL_SIZE)));
        step("confirm and open every panel's vote", CASES, () -> as(secretary, () -> {
            drawn.forEach(d -> {
                committee.confirm(d.id());
                votes.open(d.id(), null, null);
            });
            return null;
        }));
        step("members' ballots (" + PANEL_SIZE + " members x every case of their panel)", CASES, () -> {
            for (DrawView d : drawn) {
                List<BallotRequest> ballots = d.caseNumbers().stream().map(c -> new BallotRequest(c,
                        index(c) % 2 == 0 ? VoteDecision.AGREE : VoteDecision.DISAGREE, 80, 80, 80)).toList();
                for (DrawnMember seated : d.panel()) {
                    as(accounts.findByUsername(seated.username()).orElseThrow(), () -> votes.cast(d.id(), ballots));
                }
            }
            return null;
        });
        step("closing every panel's vote (" + drawn.size() + " requests)", CASES,
                () -> as(secretary, () -> drawn.stream().map(d -> votes.close(d.id())).toList()));
        List<Long> jobNanos = Collections.synchronizedList(new ArrayList<>());
        step("move-on jobs of all panels (" + JOB_THREADS + " job threads)", CASES, () -> moveOn(drawn, jobNanos));
        report.add("  " + Timings.line("one case's move-on job", jobNanos).strip());
        int passed = 0;
        for (DrawView d : drawn) {
            MoveOnProgress p = as(secretary, () -> votes.status(d.id())).moveOn();
            if (!p.finished() || p.passed() + p.notPassed() != d.caseNumbers().size()) {
                throw new AssertionError("panel " + d.id() + " did not move every case on: " + p);
            }
            passed += p.passed();
        }
        List<CaseFacts> candidates = step("publicity candidates (PublicationService.candidates)", passed,
                () -> as(secretary, () -> publication.candidates(round.id())));
        if (candidates.size() != passed) {
            throw new AssertionError(candidates.size() + " candidates for " + passed + " passed cases");
        }
        List<String> passedNumbers = candidates.stream().map(CaseFacts::caseNumber).toList();
        Map<String, List<IntegrityFlag>> flags = step("integrity checks of every passed case (checkAll)", passed,
                () -> as(officer, () -> integrity.checkAll(passedNumbers)));
        long flagged = flags.values().stream().filter(f -> !f.isEmpty()).count();
        report.add("  flagged: " + flagged);
        List<String> toPublish = passedNumbers.subList(0, Math.min(MAX_PUBLISHED, passedNumbers.size()));
        PublicityView published = step("publishing " + toPublish.size() + " entries", toPublish.size(),
                () -> as(secretary, () -> publication.publish(round.id(), toPublish)));
        byte[] resultsXlsx = step("round results .xlsx (RoundResultsService.xlsx)", CASES,
                () -> as(secretary, () -> results.xlsx(round.id(), Locale.SIMPLIFIED_CHINESE)));
        expectRows("round results", resultsXlsx, CASES);
        byte[] publicityXlsx = step("publicity list .xlsx (publicityXlsx)", toPublish.size(),
                () -> as(secretary, () -> publication.publicityXlsx(published.id(), Locale.SIMPLIFIED_CHINESE)));
        expectRows("publicity list", publicityXlsx, toPublish.size());
        report.add(String.format(Locale.ROOT, "  .xlsx sizes: results %,d bytes, publicity %,d bytes", resultsXlsx.length,
                publicityXlsx.length));
        grant(published, toPublish.size());

        Path out = Path.of("target/benchmark-round.txt");
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    // ---- measured steps ------------------------------------------------------------------------------------------

    private Void moveOn(List<DrawView> drawn, List<Long> jobNanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(JOB_THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (DrawView d : drawn) {
            work.add(pool.submit(() -> {
                String instance = MoveOnJobs.instance(runtime, d.id()).getId();
                management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
                for (Job job : management.createJobQuery().processInstanceId(instance).list()) {
                    long s = System.nanoTime();
                    management.executeJob(job.getId());
                    jobNanos.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return null;
    }

    /** The day after the period: the publicity's timer job grants the clean cases; then any case job left is run. */
    private void grant(PublicityView published, int expected) {
        PublicationClock.at(publication, published.periodEnd().plusDays(1).atTime(2, 0));
        try {
            String instance = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(PublicityPeriodProcess.businessKey(published.id())).singleResult().getId();
            Job timer = management.createJobQuery().processInstanceId(instance).singleResult();
            step("nightly grant: the publicity period's timer job (lists the entries)", expected, () -> {
                management.executeJob(timer.getId());
                return null;
            });
            step("nightly grant: the fan-out job (one job per entry created)", expected, () -> {
                management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId());
                return null;
            });
            // the jobs of one list are exclusive: the job executor runs them one at a time, as here
            List<Long> grantNanos = new ArrayList<>();
            step("nightly grant: one job per entry (one at a time)", expected, () -> {
                List<Exception> failures = GrantJobs.runEach(runtime, management, published.id(), grantNanos::add);
                if (!failures.isEmpty()) {
                    throw failures.get(0);
                }
                return null;
            });
            report.add("  " + Timings.line("one entry's grant job", grantNanos).strip());
            step("nightly grant: the cases' continuation jobs left after it", expected, () -> {
                List<Job> left;
                while (!(left = management.createJobQuery().processDefinitionKey(TitleApplicationProcess.KEY).executable()
                        .listPage(0, 500)).isEmpty()) {
                    left.forEach(j -> management.executeJob(j.getId()));
                }
                return null;
            });
        } finally {
            PublicationClock.system(publication);
        }
        Integer granted = jdbc.queryForObject("select count(*) from tb.title_case where round_id = ? and status = 'GRANTED'",
                Integer.class, round.id());
        report.add("  granted: " + granted);
        if (granted != expected) {
            throw new AssertionError(granted + " cases granted of " + expected + " published");
        }
    }

    private static void expectRows(String what, byte[] xlsx, int rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int found = book.getSheetAt(0).getLastRowNum(); // the header is row 0
            if (found != rows) {
                throw new AssertionError(what + ": " + found + " rows, expected " + rows);
            }
        }
    }

    /** Times {@code action} and samples the heap while it runs (a full GC first, so the peak is the step's own). */
    private <T> T step(String what, int perCase, Callable<T> action) {
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        CpuTimes.Sample cpu = cpuTimes().sample();
        long start = System.nanoTime();
        T result;
        try {
            result = action.call();
        } catch (Exception e) {
            throw new IllegalStateException(what, e);
        } finally {
            sampler.interrupt();
        }
        long nanos = System.nanoTime() - start;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        CpuTimes.Sample used = cpuTimes().since(cpu);
        // CPU moves much less with the machine's load than the wall clock: this JVM (all threads) and PostgreSQL
        String line = String.format(Locale.ROOT, "%-64s %8.2f s %9.1f ms %7d MB (+%d)  CPU JVM %.2f s, PostgreSQL %s",
                what, nanos / 1e9, nanos / 1e6 / Math.max(1, perCase), peak[0] >> 20, (peak[0] - before) >> 20,
                used.jvmNanos() / 1e9, used.databaseNanos() < 0 ? "n/a"
                        : String.format(Locale.ROOT, "%.2f s", used.databaseNanos() / 1e9));
        report.add(line);
        System.out.println("round benchmark: " + line);
        return result;
    }

    private CpuTimes cpuTimes() {
        if (cpuTimes == null) {
            cpuTimes = CpuTimes.of(jdbc);
        }
        return cpuTimes;
    }

    @FunctionalInterface
    private interface Callable<T> {
        T call() throws Exception;
    }

    // ---- seeding (not measured) ----------------------------------------------------------------------------------

    /** A real submission gives a realistic frozen profile (its certificate number is made unique per case). */
    private void prepare() {
        AccountView welder = eligibleWelder("rbsnap");
        String caseNumber = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        SecurityContextHolder.clearContext();
        snapshot = jdbc.queryForObject("select profile_snapshot::text from tb.title_case where case_number = ?", String.class,
                caseNumber);
        snapshotCertificate = "T-" + welder.username();
        if (!snapshot.contains(snapshotCertificate)) {
            throw new AssertionError("the snapshot has no certificate " + snapshotCertificate + ": " + snapshot);
        }
        employerId = employer(SHIPYARD).id();
        LocalDate today = LocalDate.now();
        round = rounds.createAs(new RoundRequest(today.getYear(), "全省评审基准" + System.nanoTime(), catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5), "admin");
    }

    private void seed() throws Exception {
        long start = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                int from;
                while ((from = next.getAndAdd(CHUNK)) < CASES) {
                    int first = from;
                    tx.executeWithoutResult(s -> seedChunk(first, Math.min(CASES, first + CHUNK)));
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format(Locale.ROOT, "seeded %,d cases waiting for the committee in %.0f s (%.0f/s, %d threads, %d per transaction)",
                CASES, seconds, CASES / seconds, THREADS, CHUNK));
    }

    private void seedChunk(int from, int to) {
        List<Object[]> applicants = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> caseRows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            applicants.add(new Object[] {FIRST_ID + i, username(i), "{noop}", "申请人" + i, idNumber(i), "13800000000"});
            roles.add(new Object[] {FIRST_ID + i});
        }
        jdbc.batchUpdate("insert into tb.account (id, username, password_hash, display_name, id_number, mobile) values (?, ?, ?, ?, ?, ?)",
                applicants);
        jdbc.batchUpdate("insert into tb.account_role (account_id, role) values (?, 'APPLICANT')", roles);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        // the case rows first: the model's status listener (casework.CaseStatusListener) finds the case as the
        // instance enters the committee review
        for (int i = from; i < to; i++) {
            long id = FIRST_ID + i;
            caseRows.add(new Object[] {id, caseNumber(i), id,
                    snapshot.replace(snapshotCertificate, "T-RB%06d".formatted(i)), round.id(), employerId, now});
        }
        jdbc.batchUpdate("""
                insert into tb.title_case (id, case_number, applicant_id, occupation_name, series, target_level, status,
                    profile_snapshot, round_id, employer_id, submitted_at)
                values (?, ?, ?, '焊工', '工程技术', 'INTERMEDIATE', 'READY_FOR_COMMITTEE', ?::jsonb, ?, ?, ?)""", caseRows);
        List<Object[]> instances = new ArrayList<>();
        for (int i = from; i < to; i++) {
            long id = FIRST_ID + i;
            String caseNumber = caseNumber(i);
            Map<String, Object> variables = new HashMap<>();
            variables.put(TitleApplicationProcess.VAR_CASE_ID, id);
            variables.put(TitleApplicationProcess.VAR_CASE_NUMBER, caseNumber);
            variables.put(TitleApplicationProcess.VAR_APPLICANT, username(i));
            variables.put(TitleApplicationProcess.VAR_TARGET_LEVEL, TitleLevel.INTERMEDIATE.name());
            variables.put(TitleApplicationProcess.VAR_SERIES, "工程技术");
            variables.put(TitleApplicationProcess.VAR_OCCUPATION, "焊工");
            variables.put(TitleApplicationProcess.VAR_ROUND_ID, round.id());
            variables.put(TitleApplicationProcess.VAR_ELIGIBLE, true);
            variables.put(TitleApplicationProcess.VAR_EMPLOYER_GROUP, "employer-" + employerId);
            variables.put(TitleApplicationProcess.VAR_EMPLOYER_DECISION, "CONFIRM");
            variables.put(TitleApplicationProcess.VAR_REVIEW_DECISION, "APPROVE");
            String processInstanceId = runtime.createProcessInstanceByKey(TitleApplicationProcess.KEY).businessKey(caseNumber)
                    .setVariables(variables).startBeforeActivity(TitleApplicationProcess.TASK_COMMITTEE_REVIEW)
                    .execute().getId();
            instances.add(new Object[] {processInstanceId, id});
        }
        jdbc.batchUpdate("update tb.title_case set process_instance_id = ? where id = ?", instances);
    }

    private static String username(int i) {
        return "rb" + i;
    }

    private static String caseNumber(int i) {
        return "ZC%d-R%06d".formatted(LocalDate.now().getYear(), i);
    }

    private static int index(String caseNumber) {
        return Integer.parseInt(caseNumber.substring(caseNumber.indexOf("-R") + 2));
    }

    /** A valid ID number of its own per case: born 1980 onwards, a thousand per birth date. */
    private static String idNumber(int i) {
        String born = LocalDate.of(1980, 1, 1).plusDays(i / 1000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "330903" + born + "%03d".formatted(i % 1000);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }
}
