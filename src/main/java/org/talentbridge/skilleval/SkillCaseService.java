package org.talentbridge.skilleval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.CertificateStatus;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.SkillLevelGrant;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.SkillScreening;
import org.talentbridge.eligibility.SkillScreeningRequest;
import org.talentbridge.eligibility.SkillScreeningResult;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InputValidator;

/**
 * Pathway S cases (issue 7): submission from the applicant's profile (frozen, one running case per target level),
 * screening and routing to the evaluation organisation (S1-S4, I), the organisation's assessment (S3), the grant,
 * and the integrity stop (issue 6). An applicant sees only their own cases; an evaluator only those routed to their
 * organisation.
 */
@Service
public class SkillCaseService {

    private static final int LOCK_NAMESPACE = 7320;

    private final JdbcTemplate jdbc;
    private final ProfileService profiles;
    private final SkillScreening screening;
    private final EvaluationOrganisations organisations;
    private final EmployerService employers;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final CertificateService certificates;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final SkillCaseEndings endings;
    private final SkillEvaluationInbox inbox;

    SkillCaseService(JdbcTemplate jdbc, ProfileService profiles, SkillScreening screening, EvaluationOrganisations organisations,
                     EmployerService employers, AccountService accounts, CurrentUser currentUser, RuntimeService runtime,
                     CertificateService certificates, InputValidator validator, ObjectMapper json, AuditLog audit,
                     SkillCaseEndings endings, SkillEvaluationInbox inbox) {
        this.endings = endings;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.screening = screening;
        this.organisations = organisations;
        this.employers = employers;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.certificates = certificates;
        this.validator = validator;
        this.json = json;
        this.audit = audit;
    }

    private void announce(SkillCaseRow c, SkillCaseStatus status, String reason) {
        endings.announce(c, status, reason);
    }

    /**
     * Submits a skill evaluation for the signed-in applicant; screening and routing run at once. Idempotent per target
     * level: while a case for that level is running, submitting again (double click, second tab) returns it.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public SkillSubmission submit(SkillApplication request) {
        validator.check(request);
        AccountView me = currentUser.require();
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, Math.toIntExact(me.id()));
        Optional<SkillCaseRow> running = SkillCaseRow.one(jdbc, "c.applicant_id = ? and c.target_level = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL,
                me.id(), request.targetLevel().name());
        if (running.isPresent()) {
            return new SkillSubmission(running.get().summary(me), false);
        }
        ProfileSnapshot evidence = profiles.myProfile();
        long sequence = jdbc.queryForObject("select nextval('tb.skill_case_seq')", Long.class);
        String caseNumber = "JN%d-%06d".formatted(Year.now().getValue(), sequence);
        String major = request.relatedMajor() == null || request.relatedMajor().isBlank() ? null : request.relatedMajor().strip();
        OrganisationKind preferred = request.preferredChannel() == OrganisationKind.EMPLOYER
                ? OrganisationKind.EMPLOYER : OrganisationKind.SOCIAL_ORGANISATION;
        Long id = jdbc.queryForObject("""
                insert into tb.skill_case (case_number, applicant_id, occupation_name, target_level, preferred_channel,
                    related_major, profile_snapshot, status)
                values (?, ?, ?, ?, ?, ?, ?, 'SCREENING') returning id""", Long.class, caseNumber, me.id(),
                request.occupationName().strip(), request.targetLevel().name(), preferred.name(), major, write(evidence));
        audit.record("skillCase.submitted", "case:" + caseNumber, request.targetLevel() + " " + request.occupationName().strip());
        String instance = runtime.startProcessInstanceByKey(SkillEvaluationProcess.KEY, caseNumber, Map.of(
                SkillEvaluationProcess.VAR_CASE_ID, id,
                SkillEvaluationProcess.VAR_CASE_NUMBER, caseNumber,
                SkillEvaluationProcess.VAR_APPLICANT, me.username())).getId();
        jdbc.update("update tb.skill_case set process_instance_id = ? where id = ?", instance, id);
        return new SkillSubmission(SkillCaseRow.byId(jdbc, id).summary(me), true);
    }

    /**
     * Task_Screening: screens the case on its frozen profile (S1-S4, the integrity file through the ID number) and
     * routes an eligible case to the organisation that evaluates it (S4). The checklist, with rule ids, evidence and
     * the rules version, is stored with the case and the decision goes to the audit log.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Routing screen(long caseId) {
        SkillCaseRow c = SkillCaseRow.byId(jdbc, caseId);
        ProfileSnapshot evidence = read(c.profileSnapshot(), ProfileSnapshot.class);
        AccountView applicant = accounts.findById(c.applicantId()).orElseThrow();
        Long employerId = evidence.employerName() == null ? null
                : employers.findByName(evidence.employerName()).map(EmployerView::id).orElse(null);
        Optional<OrganisationView> employerOrganisation =
                organisations.evaluating(OrganisationKind.EMPLOYER, c.occupationName(), employerId);
        boolean accredited = evidence.employerAccredited() && employerOrganisation.isPresent();
        SkillScreeningResult result = screening.screen(new SkillScreeningRequest(LocalDate.now(), c.targetLevel(),
                c.occupationName(),
                evidence.titles().stream().map(t -> new SkillScreeningRequest.HeldTitle(t.level(), t.series(), t.obtainedOn())).toList(),
                evidence.certificates().stream().map(s -> new TitleScreeningRequest.HeldSkillLevel(s.level(), s.occupationName(),
                        s.obtainedOn(), s.certificateNumber())).toList(),
                evidence.workPeriods().stream().filter(ProfileSnapshot.Work::technicalSkillWork)
                        .map(w -> new TitleScreeningRequest.Work(w.from(), w.to(), w.occupationName(), true)).toList(),
                c.relatedMajor() != null, accredited, organisations.isAccessType(c.occupationName()), applicant.idNumber()));
        List<Check> checks = new ArrayList<>(result.checks());
        if (c.relatedMajor() != null) {
            checks.add(new Check("S3", Check.Outcome.MET, "skilleval.screening.S3.major", List.of(c.relatedMajor())));
        }
        OrganisationKind kind;
        if (result.channels().contains(SkillScreening.REGISTERED_APPRAISAL_INSTITUTION)) {
            kind = OrganisationKind.REGISTERED_APPRAISAL_INSTITUTION;
        } else if (c.preferredChannel() == OrganisationKind.EMPLOYER && result.channels().contains(SkillScreening.EMPLOYER)) {
            kind = OrganisationKind.EMPLOYER;
        } else {
            if (c.preferredChannel() == OrganisationKind.EMPLOYER) {
                checks.add(new Check("S4", Check.Outcome.MET, "skilleval.screening.S4.employerNotAccredited",
                        List.of(evidence.employerName() == null ? "" : evidence.employerName())));
            }
            kind = OrganisationKind.SOCIAL_ORGANISATION;
        }
        Optional<OrganisationView> organisation = kind == OrganisationKind.EMPLOYER ? employerOrganisation
                : organisations.evaluating(kind, c.occupationName(), null);
        organisation.ifPresentOrElse(
                o -> checks.add(new Check("S4", Check.Outcome.MET, "skilleval.screening.S4.routed", List.of(o.name(), "@" + kind.messageKey()))),
                () -> checks.add(new Check("S4", Check.Outcome.NOT_MET, "skilleval.screening.S4.noOrganisation",
                        List.of("@" + kind.messageKey(), c.occupationName()))));
        boolean eligible = result.eligible() && organisation.isPresent();
        SkillScreeningRecord record = new SkillScreeningRecord(OffsetDateTime.now(), eligible, result.highestLevel(),
                List.copyOf(checks), result.decisions(), result.rulesVersion());
        jdbc.update("""
                update tb.skill_case set screening = ?, rules_version = ?, screened_at = now(), channel = ?, organisation_id = ?,
                    theory_exempt = ?, status = ?, updated_at = now() where id = ?""",
                write(record), result.rulesVersion(), eligible ? kind.name() : null, eligible ? organisation.get().id() : null,
                result.theoryExamExempt(), eligible ? SkillCaseStatus.EVALUATION.name() : SkillCaseStatus.INELIGIBLE.name(), caseId);
        announce(c, eligible ? SkillCaseStatus.EVALUATION : SkillCaseStatus.INELIGIBLE, null);
        audit.record("skillCase.screened", "case:" + c.caseNumber(), (eligible ? "eligible" : "ineligible") + " rules "
                + result.rulesVersion() + " " + checks.stream().filter(ch -> ch.outcome() == Check.Outcome.NOT_MET).map(Check::rule).toList());
        return new Routing(eligible, eligible ? OrganisationView.groupOf(organisation.get().id()) : null, kind,
                result.theoryExamExempt());
    }

    /** What screening tells the process. */
    record Routing(boolean eligible, String evaluatorGroup, OrganisationKind channel, boolean theoryExempt) {
    }

    /** Task_Grant: issues the certificate and records the skill level (certificate module), and closes the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    void grant(long caseId) {
        SkillCaseRow c = SkillCaseRow.byId(jdbc, caseId);
        AccountView applicant = accounts.findById(c.applicantId()).orElseThrow();
        certificates.grantSkillLevel(new SkillLevelGrant(c.caseNumber(), c.applicantId(), applicant.displayName(),
                applicant.idNumber(), c.occupationName(), c.targetLevel(), Boolean.TRUE.equals(c.passed()), c.organisationName()));
        jdbc.update("update tb.skill_case set status = 'PASSED', updated_at = now() where id = ?", caseId);
        announce(c, SkillCaseStatus.PASSED, null);
        audit.record("skillCase.granted", "case:" + c.caseNumber(), c.targetLevel() + " " + c.occupationName());
    }

    /** The applicant withdraws their case while it waits for its assessment: {@link SkillCaseEndings#withdraw}. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public SkillCaseSummary withdraw(String caseNumber, String reason) {
        return endings.withdraw(caseNumber, reason);
    }

    /** Stops every running skill case of a person (issue 6): {@link SkillCaseEndings#stopRunningCasesOf}. */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<String> stopRunningCasesOf(long applicantAccountId, String reason) {
        return endings.stopRunningCasesOf(applicantAccountId, reason);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<SkillCaseSummary> myCases() {
        AccountView me = currentUser.require();
        return jdbc.query("select " + SkillCaseRow.COLUMNS + " where c.applicant_id = ? order by c.submitted_at desc, c.id desc", SkillCaseRow::map,
                me.id()).stream().map(c -> c.summary(me)).toList();
    }

    /** The skill levels on the signed-in applicant's record, with the title level each is treated as (rule E). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<HeldSkillLevel> myLevels() {
        return profiles.myProfile().certificates().stream().map(s -> new HeldSkillLevel(s.level(), s.occupationName(),
                s.obtainedOn(), s.certificateNumber(), s.issuingBody(), TreatmentEquivalence.of(s.level()).orElse(null))).toList();
    }

    /**
     * A case page: its applicant; an evaluator only for a case routed to their organisation; integrity officers and
     * administrators any case. Anyone else is refused (AccessDeniedException); an unknown number is empty.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<SkillCaseDetails> details(String caseNumber) {
        AccountView me = currentUser.require();
        Optional<SkillCaseRow> found = SkillCaseRow.one(jdbc, "c.case_number = ?", caseNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SkillCaseRow c = found.get();
        if (!maySee(me, c)) {
            throw new AccessDeniedException("not your case");
        }
        AccountView applicant = c.applicantId().equals(me.id()) ? me : accounts.findById(c.applicantId()).orElseThrow();
        Optional<CertificateView> certificate = certificates.findByCase(CertificateKind.SKILL_LEVEL, c.caseNumber());
        return Optional.of(new SkillCaseDetails(c.summary(applicant), c.preferredChannel(), c.relatedMajor(), c.theoryExempt(),
                c.statusReason(), Optional.ofNullable(c.screening()).map(s -> read(s, SkillScreeningRecord.class)),
                c.operationalScore(), c.operationalPassed(), c.theoryScore(), c.theoryPassed(), c.passed(), c.assessedBy(),
                c.assessedAt(), certificate,
                // rule E only for a level that still stands: a level voided by an integrity finding is treated as nothing
                c.status() == SkillCaseStatus.PASSED && certificate.map(v -> v.status() == CertificateStatus.VALID).orElse(false)
                        ? TreatmentEquivalence.of(c.targetLevel()) : Optional.empty(),
                read(c.profileSnapshot(), ProfileSnapshot.class), c.applicantId().equals(me.id())));
    }

    private boolean maySee(AccountView me, SkillCaseRow c) {
        if (c.applicantId().equals(me.id()) || me.hasRole(Role.ADMIN) || me.hasRole(Role.INTEGRITY_OFFICER)) {
            return true;
        }
        return me.hasRole(Role.EVALUATOR) && c.organisationId() != null
                && organisations.organisationOf(me.id()).map(c.organisationId()::equals).orElse(false);
    }

    /** The open evaluations of my organisation, oldest first: {@link SkillEvaluationInbox#evaluations}. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public List<EvaluationRow> evaluations(String caseNumber, int offset, int limit) {
        return inbox.evaluations(caseNumber, offset, limit);
    }

    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public int countEvaluations(String caseNumber) {
        return inbox.countEvaluations(caseNumber);
    }

    /** One open evaluation of my organisation: {@link SkillEvaluationInbox#evaluation}. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public EvaluationRow evaluation(String taskId) {
        return inbox.evaluation(taskId);
    }

    /** Records the assessment of an open evaluation of my organisation (S3): {@link SkillEvaluationInbox#recordAssessment}. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional
    public SkillCaseSummary recordAssessment(String taskId, Assessment assessment) {
        return inbox.recordAssessment(taskId, assessment);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
