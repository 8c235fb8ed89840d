package org.talentbridge.round;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long> {

    @Query("select r from EvaluationRound r where r.intakeOpens <= ?1 and r.intakeCloses >= ?1 order by r.intakeCloses, r.id")
    List<EvaluationRound> openOn(LocalDate day);

    List<EvaluationRound> findAllByOrderByYearDescIdDesc();

    boolean existsByName(String name);
}
