package org.talentbridge.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Screenings per second for pathway T in-process (the rules alone, DMN tables included). Over HTTP the
 * figure comes from wrk against the running jar (README, "Benchmarks"): a client inside this JVM would
 * measure itself. {@code mvn -Pbenchmark test}; figures in {@code target/benchmark.txt}.
 */
@Tag("benchmark")
class ScreeningBenchmark extends IntegrationTest {

    private static final long SECONDS = Long.getLong("benchmark.seconds", 10);

    @Autowired
    private TitleScreening screening;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(inProcess(1));
        report.add(inProcess(2));
        Files.write(Path.of("target/benchmark.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    private String inProcess(int threads) throws Exception {
        TitleScreeningRequest request = new TitleScreeningRequest(LocalDate.of(2026, 12, 31), "焊工", "工程技术",
                TitleLevel.INTERMEDIATE,
                List.of(new TitleScreeningRequest.HeldSkillLevel(SkillLevel.TECHNICIAN, "焊工", LocalDate.of(2022, 6, 30))),
                List.of(new TitleScreeningRequest.Work(LocalDate.of(2022, 7, 1), null, "焊工", true)),
                List.of(new TitleScreeningRequest.Assessment(2023, AssessmentResult.QUALIFIED),
                        new TitleScreeningRequest.Assessment(2024, AssessmentResult.EXCELLENT),
                        new TitleScreeningRequest.Assessment(2025, AssessmentResult.QUALIFIED)),
                List.of(Award.ZHEJIANG_CRAFTSMAN), true, null);
        for (int i = 0; i < 50_000; i++) {
            screening.screen(request); // warm-up
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    if (!screening.screen(request).eligible()) {
                        throw new IllegalStateException("unexpected outcome");
                    }
                    done.incrementAndGet();
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        double perSecond = done.get() / ((System.nanoTime() - start) / 1e9);
        return String.format(Locale.ROOT, "title screening in-process, %d thread(s): %,.0f screenings/s (%d in %d s)",
                threads, perSecond, done.get(), SECONDS);
    }
}
