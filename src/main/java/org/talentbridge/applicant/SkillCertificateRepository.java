package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillCertificateRepository extends JpaRepository<SkillCertificate, Long> {

    List<SkillCertificate> findByAccountIdOrderByObtainedOnAsc(Long accountId);
}
