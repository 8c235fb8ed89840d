package org.talentbridge.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The committee secretary's decision of the series of an occupation the annex does not list (rule T0). */
@Entity
@Table(name = "series_decision")
class SeriesDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String occupationName;
    private String series;
    private String reason;
    private String decidedBy;
    private OffsetDateTime decidedAt = OffsetDateTime.now();
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
