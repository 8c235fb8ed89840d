package org.talentbridge.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProfessionalTitleRepository extends JpaRepository<ProfessionalTitle, Long> {

    // JPQL, not a derived query: Hibernate 6.6 caches the plans of query strings only (docs/benchmarks.md, issue 19)
    @Query("select t from ProfessionalTitle t where t.accountId = ?1 order by t.obtainedOn")
    List<ProfessionalTitle> findByAccountIdOrderByObtainedOnAsc(Long accountId);

    /** The records that count as evidence: everything but what an integrity finding voided. */
    @Query("select t from ProfessionalTitle t where t.accountId = ?1 and t.voidedAt is null order by t.obtainedOn")
    List<ProfessionalTitle> findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(Long accountId);

    /** Voids the records granted by these cases (rule I); already voided records stay as they were. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("""
            update ProfessionalTitle r set r.voidedAt = current_timestamp, r.voidReason = :reason
            where r.caseNumber in :caseNumbers and r.voidedAt is null""")
    int voidGrantedBy(java.util.Collection<String> caseNumbers, String reason);
}
