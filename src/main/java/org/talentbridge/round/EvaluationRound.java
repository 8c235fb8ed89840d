package org.talentbridge.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** An evaluation round (评审年度/批次) for some title series. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "evaluation_round")
class EvaluationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int year;
    private String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> series;
    private LocalDate referenceDate;
    private LocalDate intakeOpens;
    private LocalDate intakeCloses;
    private int correctionDays;
    private int reviewSlaWorkingDays;
    private String voteQuorum;
    private String votePass;
    private String createdBy;
    @CreatedDate
    private OffsetDateTime createdAt;

    protected EvaluationRound() {
    }

    EvaluationRound(RoundRequest r, String createdBy) {
        this.year = r.year();
        this.name = r.name().strip();
        this.series = List.copyOf(r.series());
        this.referenceDate = r.referenceDate();
        this.intakeOpens = r.intakeOpens();
        this.intakeCloses = r.intakeCloses();
        this.correctionDays = r.correctionDays();
        this.reviewSlaWorkingDays = r.reviewSlaWorkingDays();
        this.voteQuorum = r.voteQuorum() == null || r.voteQuorum().isBlank() ? null : r.voteQuorum().strip();
        this.votePass = r.votePass() == null || r.votePass().isBlank() ? null : r.votePass().strip();
        this.createdBy = createdBy;
    }

    RoundView view() {
        return new RoundView(id, year, name, List.copyOf(series), referenceDate, intakeOpens, intakeCloses, correctionDays,
                reviewSlaWorkingDays, voteQuorum, votePass);
    }
}
