package org.talentbridge.skilleval;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.engine.BusinessTasks;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The evaluation organisation's inbox (issue 14.3, out of {@link SkillCaseService}): its open evaluations and admission
 * reviews of direct applications (S5, decided in {@link SkillAdmissionReview}), and the
 * assessment an evaluator records on one (S3), which grants, fails or (rule I) stops the case.
 */
@Service
class SkillEvaluationInbox {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final EvaluationOrganisations organisations;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final SkillEvaluationProperties properties;
    private final org.talentbridge.integrity.IntegrityFile integrityFile;
    private final AuditLog audit;
    private final SkillCaseEndings endings;
    private final org.talentbridge.monitoring.Absences absences;
    private final Clock clock;

    SkillEvaluationInbox(JdbcTemplate jdbc, TaskService tasks, EvaluationOrganisations organisations, CurrentUser currentUser,
                         AccountService accounts, SkillEvaluationProperties properties,
                         org.talentbridge.integrity.IntegrityFile integrityFile, AuditLog audit, SkillCaseEndings endings,
                         org.talentbridge.monitoring.Absences absences, Clock clock) {
        this.clock = clock;
        this.absences = absences;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.properties = properties;
        this.integrityFile = integrityFile;
        this.audit = audit;
        this.endings = endings;
    }

    /** The open evaluations of my organisation, oldest first; {@code caseNumber} (part of one) narrows them. */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public List<EvaluationRow> evaluations(String caseNumber, int offset, int limit) {
        List<Task> page = offered(query(caseNumber)).orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(offset, limit);
        return rows(page);
    }

    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public int countEvaluations(String caseNumber) {
        return Math.toIntExact(offered(query(caseNumber)).count());
    }

    /** One open evaluation of my organisation (EvaluationGoneException once recorded, or not my organisation's). */
    @PreAuthorize("hasRole('EVALUATOR')")
    @Transactional(readOnly = true)
    public EvaluationRow evaluation(String taskId) {
        return open(taskId, SkillEvaluationProcess.TASK_EVALUATION);
    }

    /** One open task of my organisation of the kind given (EvaluationGoneException once done, or not my organisation's). */
    EvaluationRow open(String taskId, String taskKey) {
        List<EvaluationRow> rows = rows(List.of(task(taskId, taskKey)));
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
        Task task = task(taskId, SkillEvaluationProcess.TASK_EVALUATION);
        SkillCaseRow c = SkillCaseRow.one(jdbc, "c.process_instance_id = ?", task.getProcessInstanceId()).orElseThrow(EvaluationGoneException::new);
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
        if (passed && integrityFile.hasActiveEntry(applicant.idNumber(), LocalDate.now(clock))) {
            // rule I at the last step: an entry recorded since screening stops the case instead of granting the level;
            // the scores are kept, the evaluator reads that the case stopped, the applicant is told neutrally
            jdbc.update("""
                    update tb.skill_case set operational_score = ?, operational_passed = ?, theory_score = ?, theory_passed = ?,
                        passed = ?, assessed_by = ?, assessed_at = now(), updated_at = now() where id = ?""",
                    operational, operationalPassed, theory, theoryPassed, passed, currentUser.require().username(), c.id());
            audit.record("skillCase.assessed", "case:" + c.caseNumber(), "passed; integrity file entry in force: stopped");
            endings.stopRunningCasesOf(c.applicantId(), "rule I: an integrity-file entry in force at evaluation");
            return SkillCaseRow.byId(jdbc, c.id()).summary(applicant);
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
            endings.announce(c, SkillCaseStatus.NOT_PASSED, null);
        }
        audit.record("skillCase.assessed", "case:" + c.caseNumber(), "operational " + operational + (exempt ? " theory exempt"
                : " theory " + theory) + (passed ? " passed" : " not passed") + " (pass mark " + properties.passMark() + ")");
        try {
            BusinessTasks.complete(() -> tasks.complete(task.getId(), Map.of(SkillEvaluationProcess.VAR_PASSED, passed)));
        } catch (OptimisticLockingException e) {
            throw new EvaluationGoneException();
        }
        return SkillCaseRow.byId(jdbc, c.id()).summary(applicant);
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

    void claim(Task task) {
        String me = currentUser.require().username();
        if (me.equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new EvaluationGoneException();
        }
        absences.refuseClaim(me); // absent today: refused naming the substitute (issue 16)
        try {
            tasks.claim(task.getId(), me);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new EvaluationGoneException();
        }
    }

    /** Someone absent today is offered only the evaluations they hold (issue 16). */
    private TaskQuery offered(TaskQuery query) {
        String me = currentUser.require().username();
        return absences.absentToday(me) ? query.taskAssignee(me) : query;
    }

    Task task(String taskId, String taskKey) {
        Task task = taskId == null ? null : query(null).taskDefinitionKey(taskKey).taskId(taskId).singleResult();
        if (task == null) {
            throw new EvaluationGoneException();
        }
        return task;
    }

    private TaskQuery query(String caseNumber) {
        Long organisation = organisations.organisationOf(currentUser.require().id()).orElse(-1L);
        TaskQuery q = tasks.createTaskQuery().processDefinitionKey(SkillEvaluationProcess.KEY)
                .taskDefinitionKeyIn(SkillEvaluationProcess.TASK_EVALUATION, SkillEvaluationProcess.TASK_ADMISSION_REVIEW)
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
        Map<String, SkillCaseRow> byInstance = new HashMap<>();
        for (SkillCaseRow c : jdbc.query("select " + SkillCaseRow.COLUMNS + " where c.process_instance_id = any(?)", SkillCaseRow::map,
                (Object) instances.toArray(String[]::new))) {
            byInstance.put(c.processInstanceId(), c);
        }
        Map<Long, AccountView> applicants = accounts.findAllById(byInstance.values().stream().map(SkillCaseRow::applicantId).toList());
        return page.stream().filter(t -> byInstance.containsKey(t.getProcessInstanceId())).map(t -> {
            SkillCaseRow c = byInstance.get(t.getProcessInstanceId());
            return new EvaluationRow(t.getId(), t.getCreateTime(), t.getAssignee(), c.summary(applicants.get(c.applicantId())),
                    Boolean.TRUE.equals(c.theoryExempt()), c.relatedMajor(),
                    SkillEvaluationProcess.TASK_ADMISSION_REVIEW.equals(t.getTaskDefinitionKey()));
        }).toList();
    }
}
