package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPeriodRepository extends JpaRepository<WorkPeriod, Long> {

    List<WorkPeriod> findByAccountIdOrderByFromAsc(Long accountId);
}
