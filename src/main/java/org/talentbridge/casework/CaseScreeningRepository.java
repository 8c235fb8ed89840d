package org.talentbridge.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseScreeningRepository extends JpaRepository<CaseScreening, Long> {

    Optional<CaseScreening> findFirstByCaseIdOrderByScreenedAtDescIdDesc(Long caseId);

    List<CaseScreening> findByCaseIdIn(java.util.Collection<Long> caseIds);
}
