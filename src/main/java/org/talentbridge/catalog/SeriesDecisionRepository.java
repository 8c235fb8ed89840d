package org.talentbridge.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeriesDecisionRepository extends JpaRepository<SeriesDecision, Long> {

    Optional<SeriesDecision> findByOccupationName(String occupationName);

    List<SeriesDecision> findAllByOrderByDecidedAtDesc();
}
