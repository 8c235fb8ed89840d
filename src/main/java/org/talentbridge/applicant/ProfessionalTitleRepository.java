package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfessionalTitleRepository extends JpaRepository<ProfessionalTitle, Long> {

    List<ProfessionalTitle> findByAccountIdOrderByObtainedOnAsc(Long accountId);
}
