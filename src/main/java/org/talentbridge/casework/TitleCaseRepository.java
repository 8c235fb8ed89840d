package org.talentbridge.casework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TitleCaseRepository extends JpaRepository<TitleCase, Long> {

    // JPQL, not a derived query: Hibernate 6.6 caches the plans of query strings only (docs/benchmarks.md, issue 19)
    @Query("select c from TitleCase c where c.caseNumber = ?1")
    Optional<TitleCase> findByCaseNumber(String caseNumber);

    List<TitleCase> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    @Query("select c from TitleCase c where c.processInstanceId = ?1")
    Optional<TitleCase> findByProcessInstanceId(String processInstanceId);


    @Query("select c from TitleCase c where c.applicantId = ?1 order by c.submittedAt desc")
    List<TitleCase> findByApplicantIdOrderBySubmittedAtDesc(Long applicantId);

    @Query("select c from TitleCase c where c.applicantId = ?1 and c.roundId = ?2 and c.status in ?3")
    Optional<TitleCase> findActive(Long applicantId, Long roundId, Collection<CaseStatus> active);

    List<TitleCase> findByRoundIdAndStatusOrderBySubmittedAtAsc(Long roundId, CaseStatus status);

    @Query(value = "select nextval('tb.case_number_seq')", nativeQuery = true)
    long nextCaseSequence();
}
