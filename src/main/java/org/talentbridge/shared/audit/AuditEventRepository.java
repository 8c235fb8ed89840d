package org.talentbridge.shared.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    // JPQL strings, not derived queries: Hibernate 6.6 caches the plans of query strings only, and translates a derived
    // query's criteria on every call (QueryCostBenchmark, docs/benchmarks.md)
    @Query("select e from AuditEvent e where e.subject = ?1 order by e.occurredAt asc")
    List<AuditEvent> findBySubjectOrderByOccurredAtAsc(String subject);
}
