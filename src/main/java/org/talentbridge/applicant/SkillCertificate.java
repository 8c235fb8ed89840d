package org.talentbridge.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.talentbridge.shared.policy.SkillLevel;

/** A skill certificate (职业资格或职业技能等级证书); occupationCode is null for an occupation the annex does not list. */
@Entity
@Table(name = "skill_certificate")
class SkillCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private SkillLevel level;
    private String occupationCode;
    private String occupationName;
    private LocalDate obtainedOn;
    private String certificateNumber;
    private String issuingBody;
    /** The case that granted this record (system-granted records only); such records cannot be removed by hand. */
    private String caseNumber;
    /** Set when a confirmed integrity finding voided the record (rule I): it stays, but no longer counts. */
    private java.time.OffsetDateTime voidedAt;
    private String voidReason;

    protected SkillCertificate() {
    }

    SkillCertificate(Long accountId, CertificateInput input, String occupationCode) {
        this.accountId = accountId;
        this.level = input.level();
        this.occupationCode = occupationCode;
        this.occupationName = input.occupationName().strip();
        this.obtainedOn = input.obtainedOn();
        this.certificateNumber = input.certificateNumber().strip();
        this.issuingBody = input.issuingBody().strip();
    }

    /** A skill level the system granted (pathway S): it carries the case that granted it. */
    static SkillCertificate granted(Long accountId, CertificateInput input, String occupationCode, String caseNumber) {
        SkillCertificate c = new SkillCertificate(accountId, input, occupationCode);
        c.caseNumber = caseNumber;
        return c;
    }

    ProfileSnapshot.Certificate view() {
        return new ProfileSnapshot.Certificate(id, level, occupationCode, occupationName, obtainedOn, certificateNumber,
                issuingBody);
    }

    Long getAccountId() { return accountId; }

    boolean isGranted() { return caseNumber != null; }
}
