package org.talentbridge.committee;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A COMMITTEE_MEMBER account in the expert pool of one series. Never edited: a change is a deactivation and a new
 * entry, so that a draw's candidates stay what they were.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "committee_expert")
class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String series;
    @Enumerated(EnumType.STRING)
    private TitleLevel maxLevel;
    private Long employerId;
    private boolean highSkilled;
    private boolean active = true;
    private String addedBy;
    @CreatedDate
    private OffsetDateTime addedAt;
    private String deactivatedBy;
    private OffsetDateTime deactivatedAt;

    protected Expert() {
    }

    Expert(Long accountId, String series, TitleLevel maxLevel, Long employerId, boolean highSkilled, String addedBy) {
        this.accountId = accountId;
        this.series = series;
        this.maxLevel = maxLevel;
        this.employerId = employerId;
        this.highSkilled = highSkilled;
        this.addedBy = addedBy;
    }

    void deactivate(String by, OffsetDateTime at) {
        active = false;
        deactivatedBy = by;
        deactivatedAt = at;
    }

    PanelDraw.Candidate candidate(int priorSeats) {
        return new PanelDraw.Candidate(id, series, maxLevel, employerId, highSkilled, priorSeats);
    }

    Long getId() { return id; }
    Long getAccountId() { return accountId; }
    String getSeries() { return series; }
    TitleLevel getMaxLevel() { return maxLevel; }
    Long getEmployerId() { return employerId; }
    boolean isHighSkilled() { return highSkilled; }
    boolean isActive() { return active; }
    OffsetDateTime getAddedAt() { return addedAt; }
}
