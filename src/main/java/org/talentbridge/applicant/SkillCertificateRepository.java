package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillCertificateRepository extends JpaRepository<SkillCertificate, Long> {

    List<SkillCertificate> findByAccountIdOrderByObtainedOnAsc(Long accountId);

    /** The records that count as evidence: everything but what an integrity finding voided. */
    List<SkillCertificate> findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(Long accountId);

    /** Voids the records granted by these cases (rule I); already voided records stay as they were. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("""
            update SkillCertificate r set r.voidedAt = current_timestamp, r.voidReason = :reason
            where r.caseNumber in :caseNumbers and r.voidedAt is null""")
    int voidGrantedBy(java.util.Collection<String> caseNumbers, String reason);
}
