package org.talentbridge.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A period of work: employer, occupation, from / to (inclusive; null = ongoing), technical-skill work or not. */
@Entity
@Table(name = "work_period")
class WorkPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String employer;
    private String occupationName;
    @Column(name = "start_date")
    private LocalDate from;
    @Column(name = "end_date")
    private LocalDate to;
    private boolean technicalSkillWork;

    protected WorkPeriod() {
    }

    WorkPeriod(Long accountId, WorkPeriodInput input) {
        this.accountId = accountId;
        this.employer = input.employer().strip();
        this.occupationName = input.occupationName().strip();
        this.from = input.from();
        this.to = input.to();
        this.technicalSkillWork = input.technicalSkillWork();
    }

    ProfileSnapshot.Work view() {
        return new ProfileSnapshot.Work(id, employer, occupationName, from, to, technicalSkillWork);
    }

    Long getAccountId() { return accountId; }
}
