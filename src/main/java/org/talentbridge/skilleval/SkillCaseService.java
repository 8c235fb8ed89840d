package org.talentbridge.skilleval;

import org.talentbridge.shared.validation.RequiredText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
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
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.shared.engine.ProcessInstanceCancelled;
import org.talentbridge.shared.validation.ChineseIdNumber;
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
    private static final String COLUMNS = """
            c.id, c.case_number, c.applicant_id, c.occupation_name, c.target_level, c.preferred_channel, c.related_major,
            c.profile_snapshot, c.status, c.status_reason, c.screening, c.channel, c.organisation_id, o.name as organisation_name,
            c.theory_exempt, c.operational_score, c.operational_passed, c.theory_score, c.theory_passed, c.passed,
            c.assessed_by, c.assessed_at, c.process_instance_id, c.submitted_at
            from tb.skill_case c left join tb.evaluation_organisation o on o.id = c.organisation_id""";

    private final JdbcTemplate jdbc;
    private final ProfileService profiles;
    private final SkillScreening screening;
    private final EvaluationOrganisations organisations;
    private final EmployerService employers;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CertificateService certificates;
    private final InputValidator validator;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final SkillEvaluationProperties properties;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.talentbridge.integrity.IntegrityFile integrityFile;

    SkillCaseService(JdbcTemplate jdbc, ProfileService profiles, SkillScreening screening, EvaluationOrganisations organisations,
                     EmployerService employers, AccountService accounts, CurrentUser currentUser, RuntimeService runtime,
                     TaskService tasks, CertificateService certificates, InputValidator validator, ObjectMapper json,
                     AuditLog audit, SkillEvaluationProperties properties,
                     org.springframework.context.ApplicationEventPublisher events,
                     org.talentbridge.integrity.IntegrityFile integrityFile) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.screening = screening;
        this.organisations = organisations;
        this.employers = employers;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.tasks = tasks;
        this.certificates = certificates;
        this.validator = validator;
        this.json = json;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.integrityFile = integrityFile;
    }

    /** Tells the applicant (through the notifications) that a case moved. */
    private void announce(Case c, SkillCaseStatus status, String reason) {
        accounts.findById(c.applicantId()).ifPresent(a ->
                events.publishEvent(new SkillCaseStatusChanged(c.caseNumber(), a.username(), status, reason)));
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
        Optional<Case> running = one("c.applicant_id = ? and c.target_level = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL,
                me.id(), request.targetLevel().name());
        if (running.isPresent()) {
            return new SkillSubmission(summary(running.get(), me), false);
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
        return new SkillSubmission(summary(byId(id), me), true);
    }

    /**
     * Task_Screening: screens the case on its frozen profile (S1-S4, the integrity file through the ID number) and
     * routes an eligible case to the organisation that evaluates it (S4). The checklist, with rule ids, evidence and
     * the rules version, is stored with the case and the decision goes to the audit log.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Routing screen(long caseId) {
        Case c = byId(caseId);
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
        Case c = byId(caseId);
        AccountView applicant = accounts.findById(c.applicantId()).orElseThrow();
        certificates.grantSkillLevel(new SkillLevelGrant(c.caseNumber(), c.applicantId(), applicant.displayName(),
                applicant.idNumber(), c.occupationName(), c.targetLevel(), Boolean.TRUE.equals(c.passed()), c.organisationName()));
        jdbc.update("update tb.skill_case set status = 'PASSED', updated_at = now() where id = ?", caseId);
        announce(c, SkillCaseStatus.PASSED, null);
        audit.record("skillCase.granted", "case:" + c.caseNumber(), c.targetLevel() + " " + c.occupationName());
    }

    /**
     * The applicant withdraws their case, with a reason, while it waits for its assessment (pathway T's rule, "withdraw
     * before the committee", in pathway S's shape). Another person's case is "not found"; a case assessed or ended is
     * refused on the field {@code caseNumber}. Serialised with the assessment by the case row's lock.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public SkillCaseSummary withdraw(String caseNumber, String reason) {
        AccountView me = currentUser.require();
        String why = RequiredText.of(reason, "reason", 1000);
        Case c = jdbc.query("select " + COLUMNS + " where c.case_number = ? and c.applicant_id = ? for update of c", this::row,
                caseNumber, me.id()).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("caseNumber", "validation.notFound"));
        if (c.status() != SkillCaseStatus.EVALUATION || c.assessedAt() != null) {
            throw InvalidInputException.of("caseNumber", "skilleval.validation.notWithdrawable");
        }
        runtime.createMessageCorrelation(SkillEvaluationProcess.MESSAGE_WITHDRAWN).processInstanceBusinessKey(c.caseNumber())
                .correlate();
        jdbc.update("update tb.skill_case set status = 'WITHDRAWN', status_reason = ?, updated_at = now() where id = ?",
                why, c.id());
        audit.record("skillCase.withdrawn", "case:" + c.caseNumber(), why);
        return summary(byId(c.id()), me);
    }

    /**
     * Stops every running skill evaluation case of a person (issue 6: an integrity finding). Each process ends at
     * {@code EndEvent_Stopped} through the message {@code integrityStop}, its open evaluation goes with it, and the case
     * is STOPPED with the reason, which staff read (the applicant reads that a finding stopped it). A system method, in the caller's transaction (no own
     * commit); no screen or API reaches it.
     *
     * @return the numbers of the cases stopped
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<String> stopRunningCasesOf(long applicantAccountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        List<String> stopped = new ArrayList<>();
        for (Case c : jdbc.query("select " + COLUMNS + " where c.applicant_id = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL + " "
                + "order by c.id for update of c", this::row, applicantAccountId)) {
            runtime.createMessageCorrelation(SkillEvaluationProcess.MESSAGE_INTEGRITY_STOP)
                    .processInstanceBusinessKey(c.caseNumber()).correlateAll();
            jdbc.update("update tb.skill_case set status = 'STOPPED', status_reason = ?, updated_at = now() where id = ?",
                    reason.strip(), c.id());
            announce(c, SkillCaseStatus.STOPPED, reason.strip());
            audit.record("skillCase.stopped", "case:" + c.caseNumber(), reason.strip());
            stopped.add(c.caseNumber());
        }
        return stopped;
    }

    /** The reason of a case whose process instance an administrator deleted. */
    static final String CANCELLED_REASON = "cancelled by an administrator";

    /**
     * An administrator deleted the process instance of a skill case (Cockpit, {@code DELETE
     * /engine-rest/process-instance/{id}}), in the deleting transaction: a running case ends CANCELLED with the reason,
     * audited with who deleted it, and its applicant is told; the applicant may apply again for the level. A case that
     * had already ended is left as it is.
     */
    @org.springframework.context.event.EventListener(
            condition = "#event.processDefinitionKey() == '" + SkillEvaluationProcess.KEY + "'")
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProcessInstanceCancelled event) {
        for (Case c : jdbc.query("select " + COLUMNS + " where c.process_instance_id = ? and c.status in " + SkillCaseStatus.ACTIVE_SQL + " "
                + "for update of c", this::row, event.processInstanceId())) {
            jdbc.update("update tb.skill_case set status = 'CANCELLED', status_reason = ?, updated_at = now() where id = ?",
                    CANCELLED_REASON, c.id());
            announce(c, SkillCaseStatus.CANCELLED, CANCELLED_REASON);
            audit.record("skillCase.cancelled", "case:" + c.caseNumber(), CANCELLED_REASON + " (" + event.deletedBy()
                    + ", was " + c.status().name() + ")");
        }
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<SkillCaseSummary> myCases() {
        AccountView me = currentUser.require();
        return jdbc.query("select " + COLUMNS + " where c.applicant_id = ? order by c.submitted_at desc, c.id desc", this::row,
                me.id()).stream().map(c -> summary(c, me)).toList();
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
        Optional<Case> found = one("c.case_number = ?", caseNumber);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Case c = found.get();
        if (!maySee(me, c)) {
            throw new AccessDeniedException("not your case");
        }
        AccountView applicant = c.applicantId().equals(me.id()) ? me : accounts.findById(c.applicantId()).orElseThrow();
        Optional<CertificateView> certificate = certificates.findByCase(CertificateKind.SKILL_LEVEL, c.caseNumber());
        return Optional.of(new SkillCaseDetails(summary(c, applicant), c.preferredChannel(), c.relatedMajor(), c.theoryExempt(),
                c.statusReason(), Optional.ofNullable(c.screening()).map(s -> read(s, SkillScreeningRecord.class)),
                c.operationalScore(), c.operationalPassed(), c.theoryScore(), c.theoryPassed(), c.passed(), c.assessedBy(),
                c.assessedAt(), certificate,
                // rule E only for a level that still stands: a level voided by an integrity finding is treated as nothing
                c.status() == SkillCaseStatus.PASSED && certificate.map(v -> v.status() == CertificateStatus.VALID).orElse(false)
                        ? TreatmentEquivalence.of(c.targetLevel()) : Optional.empty(),
                read(c.profileSnapshot(), ProfileSnapshot.class), c.applicantId().equals(me.id())));
    }

    private boolean maySee(AccountView me, Case c) {
        if (c.applicantId().equals(me.id()) || me.hasRole(Role.ADMIN) || me.hasRole(Role.INTEGRITY_OFFICER)) {
            return true;
        }
        return me.hasRole(Role.EVALUATOR) && c.organisationId() != null
                && organisations.organisationOf(me.id()).map(c.organisationId()::equals).orElse(false);
    }

    /** The open evaluations of my organisation, oldest first; {@code caseNumber} (part of one) narrows them. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public List<EvaluationRow> evaluations(String caseNumber, int offset, int limit) {
        List<Task> page = query(caseNumber).orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit);
        return rows(page);
    }

    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public int countEvaluations(String caseNumber) {
        return Math.toIntExact(query(caseNumber).count());
    }

    /** One open evaluation of my organisation (EvaluationGoneException once recorded, or not my organisation's). */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public EvaluationRow evaluation(String taskId) {
        List<EvaluationRow> rows = rows(List.of(task(taskId)));
        if (rows.isEmpty()) {
            throw new EvaluationGoneException();
        }
        return rows.get(0);
    }

    /**
     * Records the assessment of an open evaluation of my organisation (S3): the operational score always, the theory
     * score unless the case is exempt. Passed when every required part reaches the pass mark; a pass grants the level
     * at once. Whoever records first wins; a second recording finds the evaluation gone.
     */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional
    public SkillCaseSummary recordAssessment(String taskId, Assessment assessment) {
        Task task = task(taskId);
        Case c = one("c.process_instance_id = ?", task.getProcessInstanceId()).orElseThrow(EvaluationGoneException::new);
        boolean declaredExempt = Boolean.TRUE.equals(c.theoryExempt());
        // S3 exempts a related major: the evaluator, who sees the degree, may refuse the exemption it claims
        boolean exemptionRefused = declaredExempt && assessment != null && assessment.exemptionRefused();
        boolean exempt = declaredExempt && !exemptionRefused;
        List<FieldProblem> problems = new ArrayList<>();
        Integer operational = assessment == null ? null : assessment.operationalScore();
        Integer theory = assessment == null ? null : assessment.theoryScore();
        score("operationalScore", operational, true, problems);
        if (exempt && theory != null) {
            problems.add(new FieldProblem("theoryScore", "skilleval.validation.theoryExempt"));
        } else {
            score("theoryScore", theory, !exempt, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean operationalPassed = operational >= properties.passMark();
        Boolean theoryPassed = exempt ? null : theory >= properties.passMark();
        boolean passed = operationalPassed && (exempt || theoryPassed);
        claim(task);
        AccountView applicant = accounts.findById(c.applicantId()).orElseThrow();
        if (passed && integrityFile.hasActiveEntry(applicant.idNumber(), LocalDate.now())) {
            // rule I at the last step: an entry recorded since screening stops the case instead of granting the level;
            // the scores are kept, the evaluator reads that the case stopped, the applicant is told neutrally
            jdbc.update("""
                    update tb.skill_case set operational_score = ?, operational_passed = ?, theory_score = ?, theory_passed = ?,
                        passed = ?, assessed_by = ?, assessed_at = now(), updated_at = now() where id = ?""",
                    operational, operationalPassed, theory, theoryPassed, passed, currentUser.require().username(), c.id());
            audit.record("skillCase.assessed", "case:" + c.caseNumber(), "passed; integrity file entry in force: stopped");
            stopRunningCasesOf(c.applicantId(), "rule I: an integrity-file entry in force at evaluation");
            return summary(byId(c.id()), applicant);
        }
        if (exemptionRefused) {
            jdbc.update("update tb.skill_case set theory_exempt = false where id = ?", c.id());
            audit.record("skillCase.exemptionRefused", "case:" + c.caseNumber(), c.relatedMajor());
        }
        jdbc.update("""
                update tb.skill_case set operational_score = ?, operational_passed = ?, theory_score = ?, theory_passed = ?,
                    passed = ?, assessed_by = ?, assessed_at = now(), status = ?, updated_at = now() where id = ?""",
                operational, operationalPassed, theory, theoryPassed, passed, currentUser.require().username(),
                passed ? SkillCaseStatus.EVALUATION.name() : SkillCaseStatus.NOT_PASSED.name(), c.id());
        if (!passed) {
            announce(c, SkillCaseStatus.NOT_PASSED, null);
        }
        audit.record("skillCase.assessed", "case:" + c.caseNumber(), "operational " + operational + (exempt ? " theory exempt"
                : " theory " + theory) + (passed ? " passed" : " not passed") + " (pass mark " + properties.passMark() + ")");
        try {
            BusinessTasks.complete(() -> tasks.complete(task.getId(), Map.of(SkillEvaluationProcess.VAR_PASSED, passed)));
        } catch (OptimisticLockingException e) {
            throw new EvaluationGoneException();
        }
        return summary(byId(c.id()), applicant);
    }

    private static void score(String field, Integer value, boolean required, List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
        } else if (value < 0 || value > 100) {
            problems.add(new FieldProblem(field, "skilleval.validation.score"));
        }
    }

    private void claim(Task task) {
        String me = currentUser.require().username();
        if (me.equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new EvaluationGoneException();
        }
        try {
            tasks.claim(task.getId(), me);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new EvaluationGoneException();
        }
    }

    private Task task(String taskId) {
        Task task = taskId == null ? null : query(null).taskId(taskId).singleResult();
        if (task == null) {
            throw new EvaluationGoneException();
        }
        return task;
    }

    private TaskQuery query(String caseNumber) {
        Long organisation = organisations.organisationOf(currentUser.require().id()).orElse(-1L);
        TaskQuery q = tasks.createTaskQuery().processDefinitionKey(SkillEvaluationProcess.KEY)
                .taskDefinitionKey(SkillEvaluationProcess.TASK_EVALUATION)
                .taskCandidateGroup(OrganisationView.groupOf(organisation)).includeAssignedTasks();
        if (caseNumber != null && !caseNumber.isBlank()) {
            String needle = caseNumber.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
            q.processInstanceBusinessKeyLike("%" + needle + "%");
        }
        return q;
    }

    private List<EvaluationRow> rows(List<Task> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> instances = page.stream().map(Task::getProcessInstanceId).toList();
        Map<String, Case> byInstance = new HashMap<>();
        for (Case c : jdbc.query("select " + COLUMNS + " where c.process_instance_id = any(?)", this::row,
                (Object) instances.toArray(String[]::new))) {
            byInstance.put(c.processInstanceId(), c);
        }
        Map<Long, AccountView> applicants = accounts.findAllById(byInstance.values().stream().map(Case::applicantId).toList());
        return page.stream().filter(t -> byInstance.containsKey(t.getProcessInstanceId())).map(t -> {
            Case c = byInstance.get(t.getProcessInstanceId());
            return new EvaluationRow(t.getId(), t.getCreateTime(), t.getAssignee(), summary(c, applicants.get(c.applicantId())),
                    Boolean.TRUE.equals(c.theoryExempt()), c.relatedMajor());
        }).toList();
    }

    private SkillCaseSummary summary(Case c, AccountView applicant) {
        return new SkillCaseSummary(c.caseNumber(), applicant.displayName(), ChineseIdNumber.mask(applicant.idNumber()),
                c.occupationName(), c.targetLevel(), c.status(), c.channel(), c.organisationName(), c.submittedAt());
    }

    private Case byId(long id) {
        return one("c.id = ?", id).orElseThrow();
    }

    private Optional<Case> one(String where, Object... args) {
        return jdbc.query("select " + COLUMNS + " where " + where, this::row, args).stream().findFirst();
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

    private Case row(ResultSet rs, int n) throws SQLException {
        String channel = rs.getString("channel");
        return new Case(rs.getLong("id"), rs.getString("case_number"), rs.getLong("applicant_id"), rs.getString("occupation_name"),
                org.talentbridge.shared.policy.SkillLevel.valueOf(rs.getString("target_level")),
                OrganisationKind.valueOf(rs.getString("preferred_channel")), rs.getString("related_major"),
                rs.getString("profile_snapshot"), SkillCaseStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("screening"), channel == null ? null : OrganisationKind.valueOf(channel),
                rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                rs.getObject("theory_exempt", Boolean.class), rs.getObject("operational_score", Integer.class),
                rs.getObject("operational_passed", Boolean.class), rs.getObject("theory_score", Integer.class),
                rs.getObject("theory_passed", Boolean.class), rs.getObject("passed", Boolean.class), rs.getString("assessed_by"),
                rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("process_instance_id"),
                rs.getObject("submitted_at", OffsetDateTime.class));
    }

    /** A row of tb.skill_case (with its organisation's name). */
    private record Case(Long id, String caseNumber, Long applicantId, String occupationName,
                        org.talentbridge.shared.policy.SkillLevel targetLevel, OrganisationKind preferredChannel,
                        String relatedMajor, String profileSnapshot, SkillCaseStatus status, String statusReason,
                        String screening, OrganisationKind channel, Long organisationId, String organisationName,
                        Boolean theoryExempt, Integer operationalScore, Boolean operationalPassed, Integer theoryScore,
                        Boolean theoryPassed, Boolean passed, String assessedBy, OffsetDateTime assessedAt,
                        String processInstanceId, OffsetDateTime submittedAt) {
    }
}
