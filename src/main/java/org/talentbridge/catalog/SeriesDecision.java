package org.talentbridge.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The committee secretary's decision of the series of an occupation the annex does not list (rule T0). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "series_decision")
class SeriesDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String occupationName;
    private String series;
    private String reason;
    private String decidedBy;
    @CreatedDate
    private OffsetDateTime decidedAt;
    private String caseNumber;

    protected SeriesDecision() {
    }

    SeriesDecision(String occupationName, String series, String reason, String decidedBy, String caseNumber) {
        this.occupationName = occupationName;
        this.series = series;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.caseNumber = caseNumber;
    }

    SeriesDecisionView view() {
        return new SeriesDecisionView(occupationName, series, reason, decidedBy, decidedAt, caseNumber);
    }
}
