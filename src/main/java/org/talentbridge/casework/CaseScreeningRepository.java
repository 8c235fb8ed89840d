package org.talentbridge.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseScreeningRepository extends JpaRepository<CaseScreening, Long> {

    // JPQL strings, not derived queries: Hibernate 6.6 caches the plans of query strings only, and translates a derived
    // query's criteria on every call (QueryCostBenchmark, docs/benchmarks.md)
    default Optional<CaseScreening> findFirstByCaseIdOrderByScreenedAtDescIdDesc(Long caseId) {
        return latestFirst(caseId, Limit.of(1)).stream().findFirst();
    }

    @Query("select s from CaseScreening s where s.caseId = ?1 order by s.screenedAt desc, s.id desc")
    List<CaseScreening> latestFirst(Long caseId, Limit limit);
}
