package org.talentbridge.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.talentbridge.shared.policy.TitleLevel;

/** A title application (pathway T). Its case number is also the process instance's business key. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "title_case")
class TitleCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private Long applicantId;
    private String occupationName;
    private String series;
    @Enumerated(EnumType.STRING)
    private TitleLevel targetLevel;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String processInstanceId;
    private Long roundId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String profileSnapshot;
    @CreatedDate
    private OffsetDateTime submittedAt;
    @Version
    private int version;
    private Long employerId;
    private String employerConfirmedBy;
    private OffsetDateTime employerConfirmedAt;
    /** For public-institution staff on the establishment: the post the employer confirmed (rule E, 评聘结合). */
    private String postConfirmation;

    protected TitleCase() {
    }

    TitleCase(String caseNumber, Long applicantId, Long roundId, String occupationName, String series,
              TitleLevel targetLevel, String profileSnapshot, Long employerId) {
        this.employerId = employerId;
        this.roundId = roundId;
        this.caseNumber = caseNumber;
        this.applicantId = applicantId;
        this.occupationName = occupationName;
        this.series = series;
        this.targetLevel = targetLevel;
        this.profileSnapshot = profileSnapshot;
        this.status = CaseStatus.SCREENING;
    }

    Long getId() { return id; }
    String getCaseNumber() { return caseNumber; }
    Long getApplicantId() { return applicantId; }
    String getOccupationName() { return occupationName; }
    String getSeries() { return series; }
    TitleLevel getTargetLevel() { return targetLevel; }
    CaseStatus getStatus() { return status; }
    String getProcessInstanceId() { return processInstanceId; }
    Long getRoundId() { return roundId; }
    String getProfileSnapshot() { return profileSnapshot; }
    OffsetDateTime getSubmittedAt() { return submittedAt; }

    Long getEmployerId() { return employerId; }
    String getEmployerConfirmedBy() { return employerConfirmedBy; }
    OffsetDateTime getEmployerConfirmedAt() { return employerConfirmedAt; }
    String getPostConfirmation() { return postConfirmation; }

    /** A corrected case freezes the profile again, and goes to the employer the profile names now. */
    void refreeze(String profileSnapshot, Long employerId) {
        this.profileSnapshot = profileSnapshot;
        this.employerId = employerId;
        this.employerConfirmedBy = null;
        this.employerConfirmedAt = null;
        this.postConfirmation = null;
    }

    void seriesDecided(String series) {
        this.series = series;
    }

    void employerConfirmed(String by, String postConfirmation, OffsetDateTime at) {
        this.employerConfirmedBy = by;
        this.employerConfirmedAt = at;
        this.postConfirmation = postConfirmation;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(CaseStatus status) {
        this.status = status;
    }
}
