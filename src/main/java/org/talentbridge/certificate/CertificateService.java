package org.talentbridge.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.casework.CaseGranted;
import org.talentbridge.casework.CaseQueries;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Certificates (issue 5, item 6): issued by the system when a title is granted, printed as a PDF, checked by anyone
 * through their verification code, voided only by integrity officers and administrators.
 *
 * <p>What a certificate says comes from the module that owns the case: casework's {@link CaseGranted} (or its
 * {@link CaseQueries}), skill evaluation's {@link SkillLevelGrant}; this module reads no other module's table.
 */
@Service
public class CertificateService {

    private final JdbcTemplate jdbc;
    private final CertificateRows rows;
    private final CertificateIssuer issuer;
    private final CaseQueries cases;
    private final ProfileService profiles;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CertificateProperties properties;
    private final CertificatePdf pdf;

    CertificateService(JdbcTemplate jdbc, CertificateRows rows, CertificateIssuer issuer, CaseQueries cases,
                       ProfileService profiles, CurrentUser currentUser, AuditLog audit, CertificateProperties properties,
                       CertificatePdf pdf) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.issuer = issuer;
        this.cases = cases;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
        this.pdf = pdf;
    }

    /**
     * Grants the title of a case: issues its certificate and adds the title to the applicant's record (dated today).
     * Called by the title process once publicity ends without a sustained objection (issue 5, item 5), never by
     * users: no screen or API reaches it. Idempotent: a case granted before returns its certificate unchanged.
     *
     * @throws IllegalArgumentException no such case, or it has no series yet
     * @throws IllegalStateException    the case ended withdrawn, rejected or lapsed
     */
    @Transactional
    public CertificateView grantTitle(String caseNumber) {
        Optional<CertificateView> granted = findByCase(CertificateKind.TITLE, caseNumber);
        return granted.isPresent() ? granted.get() : grantTitle(cases.granted(caseNumber));
    }

    /** {@link #grantTitle(String)} with the facts the grant's event carries. */
    @Transactional
    public CertificateView grantTitle(CaseGranted c) {
        CertificateIssuer.Issued issued = issuer.issueOnce(new CertificateIssuer.Issue(CertificateKind.TITLE,
                properties.numberPrefix(), c.applicantId(), c.applicantName(), c.applicantIdNumber(), c.series(),
                c.level().name(), c.route(), c.caseNumber()));
        if (issued.isNew()) {
            profiles.recordGrantedTitle(c.applicantId(), c.level(), c.series(), issued.issuedOn(), c.caseNumber());
        }
        return issued.certificate();
    }

    /**
     * Grants the skill level of a passed pathway S case (issue 7): issues its SKILL_LEVEL certificate (a unique number,
     * {@code <prefix>-JN-<year>-<six digits>}, and a verification code for {@code /verify}) and adds the level to the
     * applicant's record with the case number and the evaluating organisation as issuing body. Called by the skill
     * evaluation process only. Idempotent like {@link #grantTitle}.
     *
     * @throws IllegalStateException the case has not passed its assessment
     */
    @Transactional
    public CertificateView grantSkillLevel(SkillLevelGrant g) {
        Optional<CertificateView> granted = findByCase(CertificateKind.SKILL_LEVEL, g.caseNumber());
        if (granted.isPresent()) {
            return granted.get();
        }
        if (!g.passed()) {
            throw new IllegalStateException(g.caseNumber() + " has not passed: no skill level to grant");
        }
        CertificateIssuer.Issued issued = issuer.issueOnce(new CertificateIssuer.Issue(CertificateKind.SKILL_LEVEL,
                properties.numberPrefix() + "-JN", g.holderAccountId(), g.holderName(), g.holderIdNumber(), g.occupation(),
                g.level().name(), null, g.caseNumber()));
        if (issued.isNew()) {
            profiles.recordGrantedSkillLevel(g.holderAccountId(), g.level(), g.occupation(), issued.issuedOn(),
                    issued.certificate().certificateNumber(), g.organisation(), g.caseNumber());
        }
        return issued.certificate();
    }

    /** What the public verification page and API say about a code. Anyone may ask; unknown codes are NOT_FOUND. */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{16,32}")) {
            return Verification.notFound();
        }
        return one("verification_code = ?", code).map(Verification::of).orElseGet(Verification::notFound);
    }

    /** The signed-in applicant's own certificates, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<CertificateView> mine() {
        return rows.list(" where holder_account_id = ? order by issued_at desc, id desc", currentUser.require().id());
    }

    /** Every certificate, newest first, a page at a time (administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CertificateView> page(int offset, int limit) {
        return rows.list(" order by issued_at desc, id desc offset ? limit ?", offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count() {
        return jdbc.queryForObject("select count(*) from tb.certificate", Integer.class);
    }

    /**
     * The certificate as a PDF: its holder, or an administrator. Anyone else — including for a number that does not
     * exist — is refused alike, so the answer does not tell whether the number exists.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] pdf(String certificateNumber) {
        AccountView me = currentUser.require();
        CertificateView c = one("certificate_number = ?", certificateNumber)
                .filter(found -> found.holderAccountId().equals(me.id()) || me.hasRole(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("not your certificate"));
        return pdf.render(c);
    }

    /**
     * Voids a valid certificate (issue 6: a confirmed integrity finding). Final: the row stays, {@code /verify} says
     * "voided" with the date; the reason is kept for staff and the audit trail.
     */
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'ADMIN')")
    @Transactional
    public CertificateView voidCertificate(String certificateNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        int changed = jdbc.update("""
                update tb.certificate set status = 'VOID', void_reason = ?, voided_at = now(), voided_by = ?
                where certificate_number = ? and status = 'VALID'""",
                reason.strip(), AuditLog.currentActor(), certificateNumber);
        if (changed == 0) {
            throw InvalidInputException.of("certificateNumber",
                    one("certificate_number = ?", certificateNumber).isPresent()
                            ? "validation.certificateAlreadyVoid" : "validation.certificateUnknown");
        }
        audit.record("certificate.voided", "certificate:" + certificateNumber, reason.strip());
        return one("certificate_number = ?", certificateNumber).orElseThrow();
    }

    /**
     * Voids every valid certificate issued for these cases, of any kind (issue 6: a confirmed integrity finding, in the
     * finding's transaction). Certificates already void stay as they are.
     *
     * @return the numbers of the certificates voided now
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<String> voidIssuedFor(java.util.Collection<String> caseNumbers, String reason) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        List<String> voided = jdbc.queryForList("""
                update tb.certificate set status = 'VOID', void_reason = ?, voided_at = now(), voided_by = ?
                where case_number = any (?) and status = 'VALID' returning certificate_number""", String.class,
                reason, AuditLog.currentActor(), caseNumbers.toArray(String[]::new));
        voided.forEach(n -> audit.record("certificate.voided", "certificate:" + n, reason));
        return voided;
    }

    /** The case numbers of these certificates (unknown numbers are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> casesOfCertificates(java.util.Collection<String> certificateNumbers) {
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        if (!certificateNumbers.isEmpty()) {
            jdbc.query("select certificate_number, case_number from tb.certificate where certificate_number = any (?)",
                    rs -> { cases.put(rs.getString(1), rs.getString(2)); }, (Object) certificateNumbers.toArray(String[]::new));
        }
        return cases;
    }

    /** The certificate issued for a case (any signed-in staff or process code; no holder data beyond the masked ID). */
    @Transactional(readOnly = true)
    public Optional<CertificateView> findByCase(CertificateKind kind, String caseNumber) {
        return rows.byCase(kind, caseNumber);
    }

    private Optional<CertificateView> one(String where, Object... args) {
        return rows.one(where, args);
    }
}
