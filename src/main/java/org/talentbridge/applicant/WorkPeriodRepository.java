package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkPeriodRepository extends JpaRepository<WorkPeriod, Long> {

    // JPQL strings, not derived queries: Hibernate 6.6 caches the plans of query strings only, and translates a derived
    // query's criteria on every call (QueryCostBenchmark, docs/benchmarks.md)
    @Query("select w from WorkPeriod w where w.accountId = ?1 order by w.from asc")
    List<WorkPeriod> findByAccountIdOrderByFromAsc(Long accountId);
}
