package org.talentbridge.certificate;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Certificates (issue 5, item 6): issued by the system when a title is granted, printed as a PDF, checked by anyone
 * through their verification code, voided only by integrity officers and administrators.
 *
 * <p>Case facts are read with SQL from the casework, account and screening tables (a read model; this module
 * writes none of them).
 */
@Service
public class CertificateService {

    private static final int LOCK_NAMESPACE = 7313;
    /** A case in one of these states has ended without a title: granting it is a programming error. */
    private static final Set<String> ENDED_WITHOUT_TITLE = Set.of("WITHDRAWN", "REJECTED", "LAPSED", "NOT_PASSED", "HELD");
    private static final int CODE_BYTES = 16; // 128 bits
    private static final String COLUMNS = """
            certificate_number, kind, holder_account_id, holder_name, holder_id_masked, series, level, route,
            case_number, issued_on, verification_code, status, voided_at""";

    private final JdbcTemplate jdbc;
    private final ProfileService profiles;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CertificateProperties properties;
    private final CertificatePdf pdf;
    private final SecureRandom random = new SecureRandom();

    CertificateService(JdbcTemplate jdbc, ProfileService profiles, CurrentUser currentUser, AuditLog audit,
                       CertificateProperties properties, CertificatePdf pdf) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
        this.pdf = pdf;
    }

    /**
     * Grants the title of a case: issues its certificate and adds the title to the applicant's record (dated today).
     * Called by the title process once publicity ends without a sustained objection (issue 5, item 5), never by
     * users: no screen or API reaches it. Idempotent: a case granted before returns its certificate unchanged
     * (grants of one case are serialised; the unique index on kind and case number is the last line of defence).
     *
     * @throws IllegalArgumentException no such case, or it has no series yet
     * @throws IllegalStateException    the case ended withdrawn, rejected or lapsed
     */
    @Transactional
    public CertificateView grantTitle(String caseNumber) {
        Optional<CertificateView> granted = findByCase(CertificateKind.TITLE, caseNumber);
        if (granted.isPresent()) {
            return granted.get();
        }
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, caseNumber.hashCode());
        granted = findByCase(CertificateKind.TITLE, caseNumber);
        if (granted.isPresent()) {
            return granted.get();
        }
        GrantFacts facts = jdbc.query("""
                select c.applicant_id, a.display_name, a.id_number, c.series, c.target_level, c.status,
                       (select s.route from tb.screening_result s where s.case_id = c.id
                        order by s.screened_at desc, s.id desc limit 1) as route
                from tb.title_case c join tb.account a on a.id = c.applicant_id where c.case_number = ?""",
                rs -> rs.next() ? new GrantFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        TitleLevel.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)) : null, caseNumber);
        if (facts == null || facts.series() == null) {
            throw new IllegalArgumentException("no case with a series: " + caseNumber);
        }
        if (ENDED_WITHOUT_TITLE.contains(facts.status())) {
            throw new IllegalStateException(caseNumber + " ended " + facts.status() + ": no title to grant");
        }
        LocalDate today = LocalDate.now();
        long sequence = jdbc.queryForObject("select nextval('tb.certificate_number_seq')", Long.class);
        String number = "%s-%d-%06d".formatted(properties.numberPrefix(), today.getYear(), sequence);
        jdbc.update("""
                insert into tb.certificate (certificate_number, kind, holder_account_id, holder_name, holder_id_masked,
                    series, level, route, case_number, issued_on, issued_by, verification_code)
                values (?, 'TITLE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                number, facts.applicantId(), facts.name(), ChineseIdNumber.mask(facts.idNumber()), facts.series(),
                facts.level().name(), facts.route(), caseNumber, today, AuditLog.currentActor(), newVerificationCode());
        profiles.recordGrantedTitle(facts.applicantId(), facts.level(), facts.series(), today, caseNumber);
        audit.record("certificate.issued", "certificate:" + number, "TITLE " + caseNumber);
        return findByCase(CertificateKind.TITLE, caseNumber).orElseThrow();
    }

    /**
     * Grants the skill level of a passed pathway S case (issue 7): issues its SKILL_LEVEL certificate (a unique number,
     * {@code <prefix>-JN-<year>-<six digits>}, and a verification code for {@code /verify}) and adds the level to the
     * applicant's record with the case number and the evaluating organisation as issuing body. Called by the skill
     * evaluation process only. Idempotent like {@link #grantTitle}.
     *
     * @throws IllegalArgumentException no such case
     * @throws IllegalStateException    the case has not passed its assessment
     */
    @Transactional
    public CertificateView grantSkillLevel(String caseNumber) {
        Optional<CertificateView> granted = findByCase(CertificateKind.SKILL_LEVEL, caseNumber);
        if (granted.isPresent()) {
            return granted.get();
        }
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, caseNumber.hashCode());
        granted = findByCase(CertificateKind.SKILL_LEVEL, caseNumber);
        if (granted.isPresent()) {
            return granted.get();
        }
        SkillGrantFacts facts = jdbc.query("""
                select c.applicant_id, a.display_name, a.id_number, c.occupation_name, c.target_level, c.passed, o.name
                from tb.skill_case c join tb.account a on a.id = c.applicant_id
                     join tb.evaluation_organisation o on o.id = c.organisation_id
                where c.case_number = ?""",
                rs -> rs.next() ? new SkillGrantFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        org.talentbridge.shared.policy.SkillLevel.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getString(7))
                        : null, caseNumber);
        if (facts == null) {
            throw new IllegalArgumentException("no skill case: " + caseNumber);
        }
        if (!facts.passed()) {
            throw new IllegalStateException(caseNumber + " has not passed: no skill level to grant");
        }
        LocalDate today = LocalDate.now();
        long sequence = jdbc.queryForObject("select nextval('tb.certificate_number_seq')", Long.class);
        String number = "%s-JN-%d-%06d".formatted(properties.numberPrefix(), today.getYear(), sequence);
        jdbc.update("""
                insert into tb.certificate (certificate_number, kind, holder_account_id, holder_name, holder_id_masked,
                    series, level, route, case_number, issued_on, issued_by, verification_code)
                values (?, 'SKILL_LEVEL', ?, ?, ?, ?, ?, null, ?, ?, ?, ?)""",
                number, facts.applicantId(), facts.name(), ChineseIdNumber.mask(facts.idNumber()), facts.occupation(),
                facts.level().name(), caseNumber, today, AuditLog.currentActor(), newVerificationCode());
        profiles.recordGrantedSkillLevel(facts.applicantId(), facts.level(), facts.occupation(), today, number,
                facts.organisation(), caseNumber);
        audit.record("certificate.issued", "certificate:" + number, "SKILL_LEVEL " + caseNumber);
        return findByCase(CertificateKind.SKILL_LEVEL, caseNumber).orElseThrow();
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
        return jdbc.query("select " + COLUMNS + " from tb.certificate where holder_account_id = ? order by issued_at desc, id desc",
                this::row, currentUser.require().id());
    }

    /** Every certificate, newest first, a page at a time (administrators). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CertificateView> page(int offset, int limit) {
        return jdbc.query("select " + COLUMNS + " from tb.certificate order by issued_at desc, id desc offset ? limit ?",
                this::row, offset, limit);
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
        return one("kind = ? and case_number = ?", kind.name(), caseNumber);
    }

    private Optional<CertificateView> one(String where, Object... args) {
        return jdbc.query("select " + COLUMNS + " from tb.certificate where " + where, this::row, args).stream().findFirst();
    }

    private CertificateView row(ResultSet rs, int n) throws SQLException {
        return new CertificateView(rs.getString("certificate_number"), CertificateKind.valueOf(rs.getString("kind")),
                rs.getLong("holder_account_id"), rs.getString("holder_name"), rs.getString("holder_id_masked"),
                rs.getString("series"), rs.getString("level"), rs.getString("route"), rs.getString("case_number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("verification_code"),
                CertificateStatus.valueOf(rs.getString("status")), inLocalZone(rs.getObject("voided_at", OffsetDateTime.class)));
    }

    /** Times read back from PostgreSQL come in UTC; dates shown (voided on …) are the application's local dates. */
    private static OffsetDateTime inLocalZone(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(java.time.ZoneId.systemDefault()).toOffsetDateTime();
    }

    String newVerificationCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record SkillGrantFacts(Long applicantId, String name, String idNumber, String occupation,
                                   org.talentbridge.shared.policy.SkillLevel level, boolean passed, String organisation) {
    }

    private record GrantFacts(Long applicantId, String name, String idNumber, String series, TitleLevel level,
                              String status, String route) {
    }
}
