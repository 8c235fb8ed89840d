package org.talentbridge.round;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

    /** The ids only: a submission reads the rounds from {@code RoundService}'s memory, not as managed entities. */
    @Query("select r.id from EvaluationRound r where r.intakeOpens <= ?1 and r.intakeCloses >= ?1 order by r.intakeCloses, r.id")
    List<Long> idsOpenOn(LocalDate day);

    List<EvaluationRound> findAllByOrderByYearDescIdDesc();

    boolean existsByName(String name);
}
