package org.talentbridge.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeriesDecisionRepository extends JpaRepository<SeriesDecision, Long> {

    // JPQL strings, not derived queries: Hibernate 6.6 caches the plans of query strings only, and translates a derived
    // query's criteria on every call (QueryCostBenchmark, docs/benchmarks.md)
    @Query("select d from SeriesDecision d where d.occupationName = ?1")
    Optional<SeriesDecision> findByOccupationName(String occupationName);

    List<SeriesDecision> findAllByOrderByDecidedAtDesc();
}
