package org.talentbridge.applicant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/** The applicant's own facts: employer, school class, awards and annual assessments (one per year). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "applicant_profile")
class ApplicantProfile {

    @Id
    private Long accountId;
    private String employerName;
    private boolean employerAccredited;
    @Column(name = "public_institution_staff")
    private boolean publicInstitutionStaff;
    @Enumerated(EnumType.STRING)
    private TechnicalSchoolClass technicalSchoolClass;
    @LastModifiedDate
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    @ElementCollection
    @CollectionTable(name = "applicant_award", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "award")
    @Enumerated(EnumType.STRING)
    private Set<Award> awards = EnumSet.noneOf(Award.class);

    @ElementCollection
    @CollectionTable(name = "annual_assessment", joinColumns = @JoinColumn(name = "account_id"))
    @OrderBy("year")
    private List<Assessment> assessments = new ArrayList<>();

    @Embeddable
    static class Assessment {
        private int year;
        @Enumerated(EnumType.STRING)
        private AssessmentResult result;

        protected Assessment() {
        }

        Assessment(int year, AssessmentResult result) {
            this.year = year;
            this.result = result;
        }

        int getYear() { return year; }
        AssessmentResult getResult() { return result; }
    }

    protected ApplicantProfile() {
    }

    ApplicantProfile(Long accountId) {
        this.accountId = accountId;
    }

    Long getAccountId() { return accountId; }
    String getEmployerName() { return employerName; }
    boolean isEmployerAccredited() { return employerAccredited; }
    boolean isPublicInstitutionStaff() { return publicInstitutionStaff; }
    TechnicalSchoolClass getTechnicalSchoolClass() { return technicalSchoolClass; }
    Set<Award> getAwards() { return awards; }
    List<Assessment> getAssessments() { return assessments; }

    void setFacts(EmployerFacts facts) {
        this.employerName = facts.employerName() == null || facts.employerName().isBlank() ? null : facts.employerName().strip();
        this.employerAccredited = facts.employerAccredited();
        this.publicInstitutionStaff = facts.publicInstitutionStaff();
        this.technicalSchoolClass = facts.technicalSchoolClass();
    }

    void setAwards(Set<Award> awards) {
        this.awards.clear();
        this.awards.addAll(awards);
    }

    boolean hasAssessmentFor(int year) {
        return assessments.stream().anyMatch(a -> a.getYear() == year);
    }

    void addAssessment(int year, AssessmentResult result) {
        assessments.add(new Assessment(year, result));
    }

    boolean removeAssessment(int year) {
        return assessments.removeIf(a -> a.getYear() == year);
    }
}
