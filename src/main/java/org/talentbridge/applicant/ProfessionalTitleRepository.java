package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfessionalTitleRepository extends JpaRepository<ProfessionalTitle, Long> {

    List<ProfessionalTitle> findByAccountIdOrderByObtainedOnAsc(Long accountId);

    /** The records that count as evidence: everything but what an integrity finding voided. */
    List<ProfessionalTitle> findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(Long accountId);

    /** Voids the records granted by these cases (rule I); already voided records stay as they were. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("""
            update ProfessionalTitle r set r.voidedAt = current_timestamp, r.voidReason = :reason
            where r.caseNumber in :caseNumbers and r.voidedAt is null""")
    int voidGrantedBy(java.util.Collection<String> caseNumbers, String reason);
}
