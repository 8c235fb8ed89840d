package org.talentbridge.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The stored result of a case's automated screening: inputs, checklist, rule versions (JSON). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "screening_result")
class CaseScreening {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    @CreatedDate
    private OffsetDateTime screenedAt;
    private boolean eligible;
    private String maxLevel;
    private String route;
    private String rulesVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String outcome;

    protected CaseScreening() {
    }

    CaseScreening(Long caseId, boolean eligible, String maxLevel, String route, String rulesVersion, String outcome) {
        this.caseId = caseId;
        this.eligible = eligible;
        this.maxLevel = maxLevel;
        this.route = route;
        this.rulesVersion = rulesVersion;
        this.outcome = outcome;
    }

    OffsetDateTime getScreenedAt() { return screenedAt; }
    String getOutcome() { return outcome; }
    String getRoute() { return route; }
    Long getCaseId() { return caseId; }
}
