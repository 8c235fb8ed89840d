package org.talentbridge.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.talentbridge.shared.policy.TitleLevel;

/** A title application (pathway T). Its case number is also the process instance's business key. */
@Entity
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
    private OffsetDateTime submittedAt = OffsetDateTime.now();
    @Version
    private int version;

    protected TitleCase() {
    }

    TitleCase(String caseNumber, Long applicantId, Long roundId, String occupationName, String series,
              TitleLevel targetLevel, String profileSnapshot) {
        this.roundId = roundId;
        this.caseNumber = caseNumber;
        this.applicantId = applicantId;
        this.occupationName = occupationName;
        this.series = series;
        this.targetLevel = targetLevel;
        this.profileSnapshot = profileSnapshot;
        this.status = CaseStatus.QUALIFICATION_REVIEW;
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

    /** A corrected case freezes the profile again. */
    void refreeze(String profileSnapshot) {
        this.profileSnapshot = profileSnapshot;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(CaseStatus status) {
        this.status = status;
    }
}
