package org.talentbridge.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.talentbridge.shared.policy.TitleLevel;

/** A professional title held (职称): level, series and the date it was obtained. */
@Entity
@Table(name = "professional_title")
class ProfessionalTitle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private TitleLevel level;
    private String series;
    private LocalDate obtainedOn;
    /** The case that granted this record (system-granted records only); such records cannot be removed by hand. */
    private String caseNumber;
    /** Set when a confirmed integrity finding voided the record (rule I): it stays, but no longer counts. */
    private java.time.OffsetDateTime voidedAt;
    private String voidReason;

    protected ProfessionalTitle() {
    }

    static ProfessionalTitle granted(Long accountId, TitleInput input, String caseNumber) {
        ProfessionalTitle title = new ProfessionalTitle(accountId, input);
        title.caseNumber = caseNumber;
        return title;
    }

    ProfessionalTitle(Long accountId, TitleInput input) {
        this.accountId = accountId;
        this.level = input.level();
        this.series = input.series().strip();
        this.obtainedOn = input.obtainedOn();
    }

    ProfileSnapshot.Title view() {
        return new ProfileSnapshot.Title(id, level, series, obtainedOn);
    }

    Long getAccountId() { return accountId; }

    boolean isGranted() { return caseNumber != null; }
}
