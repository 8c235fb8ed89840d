package org.talentbridge.skilleval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
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
import org.talentbridge.casefile.Achievement;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.DocumentView;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.CertificateStatus;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.SkillLevelGrant;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.SkillScreening;
import org.talentbridge.eligibility.SkillScreeningResult;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

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
    private final SkillAdmissionReview admissions;
    private final CaseFileService caseFiles;
    private final AchievementService achievements;
    private final SkillEvaluationProperties properties;
    private final Clock clock;

    SkillCaseService(JdbcTemplate jdbc, ProfileService profiles, SkillScreening screening, EvaluationOrganisations organisations,
                     EmployerService employers, AccountService accounts, CurrentUser currentUser, RuntimeService runtime,
                     CertificateService certificates, InputValidator validator, ObjectMapper json, AuditLog audit,
                     SkillCaseEndings endings, SkillEvaluationInbox inbox, SkillAdmissionReview admissions,
                     CaseFileService caseFiles, AchievementService achievements, SkillEvaluationProperties properties, Clock clock) {
        this.clock = clock;
        this.admissions = admissions;
        this.caseFiles = caseFiles;
        this.achievements = achievements;
        this.properties = properties;
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
        List<ItemRef> evidenceItems = request.direct() ? checkedEvidence(request.evidence()) : List.of();
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, Math.toIntExact(me.id()));
        Optional<SkillCaseRow> running = SkillCaseRow.one(jdbc, "c.applicant_id = ? and c.target_level = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL,
                me.id(), request.targetLevel().name());
        if (running.isPresent()) {
            return new SkillSubmission(running.get().summary(me), false);
        }
        ProfileSnapshot evidence = profiles.myProfile();
        long sequence = jdbc.queryForObject("select nextval('tb.skill_case_seq')", Long.class);
        String caseNumber = "JN%d-%06d".formatted(Year.now(clock).getValue(), sequence);
        String major = request.relatedMajor() == null || request.relatedMajor().isBlank() ? null : request.relatedMajor().strip();
        OrganisationKind preferred = request.preferredChannel() == OrganisationKind.EMPLOYER
                ? OrganisationKind.EMPLOYER : OrganisationKind.SOCIAL_ORGANISATION;
        Long id = jdbc.queryForObject("""
                insert into tb.skill_case (case_number, applicant_id, occupation_name, target_level, preferred_channel,
                    related_major, profile_snapshot, status, direct, direct_evidence)
                values (?, ?, ?, ?, ?, ?, ?, 'SCREENING', ?, ?) returning id""", Long.class, caseNumber, me.id(),
                request.occupationName().strip(), request.targetLevel().name(), preferred.name(), major, write(evidence),
                request.direct(), request.direct() ? write(evidenceItems.stream().map(ItemRef::toString).toList()) : null);
        // the documents go into the case with the evidence, as a title case's do (issue 15 item 7)
        caseFiles.freeze(caseNumber, me.id());
        audit.record("skillCase.submitted", "case:" + caseNumber, request.targetLevel() + " " + request.occupationName().strip()
                + (request.direct() ? " direct (S5) evidence " + evidenceItems : ""));
        String instance = runtime.startProcessInstanceByKey(SkillEvaluationProcess.KEY, caseNumber, Map.of(
                SkillEvaluationProcess.VAR_CASE_ID, id,
                SkillEvaluationProcess.VAR_CASE_NUMBER, caseNumber,
                SkillEvaluationProcess.VAR_APPLICANT, me.username())).getId();
        jdbc.update("update tb.skill_case set process_instance_id = ? where id = ?", instance, id);
        return new SkillSubmission(SkillCaseRow.byId(jdbc, id).summary(me), true);
    }

    /**
     * The evidence the signed-in applicant may attach to a direct application (S5): their achievements, and the other
     * profile items that carry documents, each once.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<EvidenceItem> myEvidence() {
        List<EvidenceItem> items = new ArrayList<>();
        java.util.Set<ItemRef> seen = new java.util.HashSet<>();
        for (Achievement a : achievements.mine().achievements()) {
            ItemRef ref = ItemRef.of(ItemKind.ACHIEVEMENT, a.id());
            if (seen.add(ref)) {
                items.add(new EvidenceItem(ref, a.kind().messageKey(), a.achievedOn() + " " + a.description()));
            }
        }
        for (DocumentView d : caseFiles.myDocuments()) {
            if (seen.add(d.item())) {
                items.add(new EvidenceItem(d.item(), "casefile.item." + d.item().kind(), d.current().fileName()));
            }
        }
        return items;
    }

    /** One item the applicant may attach as evidence of outstanding skill: its reference, the i18n key of its kind, a text. */
    public record EvidenceItem(ItemRef item, String kindKey, String text) {
    }

    /** {@code app.skill-evaluation.max-evidence-items}: the most evidence items a direct application attaches. */
    public int maxEvidenceItems() {
        return properties.maxEvidenceItems();
    }

    /** At least one item, at most {@code max-evidence-items}, each the applicant's own (field {@code evidence}). */
    private List<ItemRef> checkedEvidence(List<ItemRef> chosen) {
        List<ItemRef> distinct = chosen.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("evidence", "skilleval.validation.evidenceRequired")));
        }
        if (distinct.size() > properties.maxEvidenceItems()) {
            throw new InvalidInputException(List.of(new FieldProblem("evidence", "skilleval.validation.tooMuchEvidence",
                    properties.maxEvidenceItems(), distinct.size())));
        }
        java.util.Set<ItemRef> mine = new java.util.HashSet<>(myEvidence().stream().map(EvidenceItem::item).toList());
        for (ItemRef item : distinct) {
            if (!mine.contains(item)) {
                throw new InvalidInputException(List.of(new FieldProblem("evidence", "skilleval.validation.evidenceNotYours",
                        item.toString())));
            }
        }
        return distinct;
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
        SkillScreeningResult result = screening.screen(SkillCaseFacts.request(c, evidence, LocalDate.now(clock), accredited,
                organisations.isAccessType(c.occupationName()), applicant.idNumber()));
        List<Check> checks = new ArrayList<>(result.checks());
        boolean prerequisitesMet = result.eligible();
        if (c.direct()) {
            int count = read(c.directEvidence(), String[].class).length;
            prerequisitesMet = direct(checks,
                    new Check("S5", Check.Outcome.MET, "skilleval.screening.S5.direct", List.of(String.valueOf(count))));
        }
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
        boolean eligible = prerequisitesMet && organisation.isPresent();
        SkillCaseStatus next = !eligible ? SkillCaseStatus.INELIGIBLE
                : c.direct() ? SkillCaseStatus.ADMISSION_REVIEW : SkillCaseStatus.EVALUATION;
        SkillScreeningRecord record = new SkillScreeningRecord(OffsetDateTime.now(clock), eligible, result.highestLevel(),
                List.copyOf(checks), result.decisions(), result.rulesVersion(),
                c.direct() ? SkillScreeningRecord.DIRECT : SkillScreeningRecord.STANDARD);
        jdbc.update("""
                update tb.skill_case set screening = ?, rules_version = ?, screened_at = now(), channel = ?, organisation_id = ?,
                    theory_exempt = ?, status = ?, updated_at = now() where id = ?""",
                write(record), result.rulesVersion(), eligible ? kind.name() : null, eligible ? organisation.get().id() : null,
                result.theoryExamExempt(), next.name(), caseId);
        if (next != SkillCaseStatus.ADMISSION_REVIEW) { // the applicant's own click: no news for them in admission review
            announce(c, next, null);
        }
        audit.record("skillCase.screened", "case:" + c.caseNumber(), (eligible ? "eligible" : "ineligible")
                + (c.direct() ? " route DIRECT (S5)" : "") + " rules "
                + result.rulesVersion() + " " + checks.stream().filter(ch -> ch.outcome() == Check.Outcome.NOT_MET).map(Check::rule).toList());
        return new Routing(eligible, eligible ? OrganisationView.groupOf(organisation.get().id()) : null, kind,
                result.theoryExamExempt(), c.direct());
    }

    /** The S1 lines a direct application (S5) does not need: no title or level below opens the target level. */
    private static final java.util.Set<String> WAIVED_BY_S5 = java.util.Set.of("screening.S.noRoute",
            "screening.S.target.notMet", "screening.S1.chief.notMet");

    /**
     * S5 on a direct application's checks, at submission and at every re-screening: an outstanding worker applies
     * without the title or the level below, so those S1 lines go and {@code s5} comes first; the work in the
     * occupation, the level not already held and rule I still decide (the admission review weighs the evidence).
     *
     * @return whether no rule is left unmet
     */
    static boolean direct(List<Check> checks, Check s5) {
        checks.removeIf(ch -> ch.outcome() == Check.Outcome.NOT_MET && WAIVED_BY_S5.contains(ch.messageKey()));
        checks.add(0, s5);
        return checks.stream().noneMatch(ch -> ch.outcome() == Check.Outcome.NOT_MET);
    }

    /** What screening tells the process. */
    record Routing(boolean eligible, String evaluatorGroup, OrganisationKind channel, boolean theoryExempt, boolean direct) {
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
                read(c.profileSnapshot(), ProfileSnapshot.class), c.applicantId().equals(me.id()), c.direct(),
                c.directEvidence() == null ? List.of() : java.util.Arrays.stream(read(c.directEvidence(), String[].class))
                        .map(SkillCaseService::itemRef).toList(),
                c.admissionAdmitted(), c.admissionReason(), c.admissionDecidedBy(), c.admissionDecidedAt()));
    }

    private static ItemRef itemRef(String text) {
        int colon = text.indexOf(':');
        return new ItemRef(ItemKind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }

    /**
     * Who may read a skill case's documents ({@link SkillCaseFileAccess}): its applicant, the evaluators of the
     * organisation it was routed to, integrity officers (who investigate) and administrators; nobody else.
     */
    boolean mayReadFile(String caseNumber) {
        AccountView me;
        try {
            me = currentUser.require();
        } catch (AccessDeniedException e) {
            return false;
        }
        return SkillCaseRow.one(jdbc, "c.case_number = ?", caseNumber).filter(c -> maySee(me, c)).isPresent();
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

    /** One open admission review (S5) of my organisation: {@link SkillAdmissionReview#review}. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public EvaluationRow admissionReview(String taskId) {
        return admissions.review(taskId);
    }

    /**
     * 直接申报受理审查 (S5): admits a direct application (the assessment follows) or refuses it with a reason (the case
     * ends ADMISSION_REFUSED): {@link SkillAdmissionReview#decide}.
     */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional
    public SkillCaseSummary decideAdmission(String taskId, boolean admitted, String reason) {
        return admissions.decide(taskId, admitted, reason);
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
