package org.talentbridge.casework;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountService;

/**
 * Issue 19: what one repository query costs in CPU, by the way it is written, inside its own transaction on the tests'
 * database: a derived query (Spring Data builds a criteria query, which Hibernate 6.6 translates to SQL on every call)
 * against the same query as a JPQL string (whose translation Hibernate keeps), and the account lookup with and without
 * {@code lower()}. Thread CPU per call after a warm-up, so the figures hold on a busy machine. Run:
 * {@code mvn -o -Pbenchmark test -Dtest=QueryCostBenchmark}; writes {@code target/benchmark-queries.txt}.
 */
@Tag("benchmark")
class QueryCostBenchmark extends IntegrationTest {
    @Autowired EntityManager em;
    @Autowired AccountService accounts;
    @Autowired TitleCaseRepository cases;
    @Autowired TransactionTemplate tx;

    private final java.util.List<String> report = new java.util.ArrayList<>();

    private void run(String what, Runnable r) {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 1500; i++) tx.executeWithoutResult(s -> r.run());
        long c = t.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        for (int i = 0; i < 3000; i++) tx.executeWithoutResult(s -> r.run());
        report.add(String.format(java.util.Locale.ROOT, "%-60s CPU %7.1f µs a call, wall %7.1f µs", what,
                (t.getCurrentThreadCpuTime() - c) / 3000 / 1000.0, (System.nanoTime() - w) / 3000 / 1000.0));
    }

    @Test
    void measure() throws Exception {
        run("empty transaction", () -> { });
        run("accounts.findByUsername (HQL lower + join fetch roles)", () -> accounts.findByUsername("admin"));
        run("HQL join fetch, lower()", () -> em.createQuery("select a from Account a left join fetch a.roles where lower(a.username) = lower(:u)").setParameter("u", "admin").getResultList());
        run("HQL join fetch, no lower()", () -> em.createQuery("select a from Account a left join fetch a.roles where a.username = :u").setParameter("u", "admin").getResultList());
        run("HQL no join fetch, lower()", () -> em.createQuery("select a from Account a where lower(a.username) = lower(:u)").setParameter("u", "admin").getResultList());
        run("derived: findByRoundIdAndStatusOrderBySubmittedAtAsc", () -> cases.findByRoundIdAndStatusOrderBySubmittedAtAsc(1L, CaseStatus.GRANTED));
        run("the same as a JPQL string", () -> em.createQuery("select c from TitleCase c where c.roundId = :r and c.status = :s order by c.submittedAt").setParameter("r", 1L).setParameter("s", CaseStatus.GRANTED).getResultList());
        run("repository findByCaseNumber (JPQL since issue 19)", () -> cases.findByCaseNumber("ZC2026-000001"));
        run("HQL by case number", () -> em.createQuery("select c from TitleCase c where c.caseNumber = :n").setParameter("n", "ZC2026-000001").getResultList());
        java.nio.file.Files.write(java.nio.file.Path.of("target/benchmark-queries.txt"), report);
        report.forEach(System.out::println);
    }
}
