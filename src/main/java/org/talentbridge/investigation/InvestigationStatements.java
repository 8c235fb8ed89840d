package org.talentbridge.investigation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.shared.validation.RequiredText;

/**
 * Statements of the person an investigation concerns: the officer's request with its deadline, the person's answer
 * (or the officer's record of one given on paper), and the deadline passing. Called by {@link InvestigationService},
 * which checks permissions and owns the transaction.
 */
@Component
class InvestigationStatements {

    private final InvestigationStore store;
    private final InvestigationTasks officerTasks;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final InvestigationProperties properties;
    private final Clock clock;

    InvestigationStatements(InvestigationStore store, InvestigationTasks officerTasks, TaskService tasks,
                            RuntimeService runtime, CurrentUser currentUser, AuditLog audit,
                            InvestigationProperties properties, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.officerTasks = officerTasks;
        this.tasks = tasks;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
    }

    /** Asks the person for a statement by {@code due} (end of that day); the investigation waits for it or the deadline. */
    void requestStatement(String number, String question, LocalDate due) {
        InvestigationStore.Row r = store.lock(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
        Task task = officerTasks.actionable(r, InvestigationProcess.TASK_INVESTIGATE);
        List<FieldProblem> problems = new ArrayList<>();
        String q = RequiredText.check(question, "question", properties.maxTextLength(), problems);
        LocalDate today = LocalDate.now(clock);
        if (due == null) {
            problems.add(new FieldProblem("due", "validation.required"));
        } else if (due.isBefore(today.plusDays(properties.statementDaysMin()))
                || due.isAfter(today.plusDays(properties.statementDaysMax()))) {
            problems.add(new FieldProblem("due", "validation.statementDue", properties.statementDaysMin(),
                    properties.statementDaysMax()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime end = due.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toOffsetDateTime();
        store.addNote(r.id(), "STATEMENT_REQUEST", q, AuditLog.currentActor());
        store.awaitStatement(r.id(), end);
        audit.record("investigation.statementRequested", InvestigationService.subjectOf(number), "due " + due);
        officerTasks.complete(task, Map.of(InvestigationProcess.VAR_NEXT_STEP, InvestigationProcess.STEP_REQUEST_STATEMENT,
                InvestigationProcess.VAR_STATEMENT_DUE, Date.from(end.toInstant())));
    }

    /** The person's open statement requests (applicants: their own only). */
    List<StatementRequestView> myStatementRequests() {
        String me = currentUser.require().username();
        List<StatementRequestView> views = new ArrayList<>();
        for (Task t : tasks.createTaskQuery().processDefinitionKey(InvestigationProcess.KEY)
                .taskDefinitionKey(InvestigationProcess.TASK_STATEMENT).taskAssignee(me).orderByDueDate().asc().list()) {
            String number = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult()
                    .getBusinessKey();
            InvestigationStore.Row r = store.find(number).orElseThrow();
            views.add(new StatementRequestView(number, store.latestNote(r.id(), "STATEMENT_REQUEST").orElse(""), r.statementDue()));
        }
        return views;
    }

    /** The person answers a statement request before its deadline. Anyone else: "not found". */
    void submitStatement(String number, String statement) {
        String me = currentUser.require().username();
        InvestigationStore.Row r = store.lock(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(InvestigationProcess.TASK_STATEMENT).taskAssignee(me).singleResult();
        if (task == null) {
            throw InvalidInputException.of("number", "validation.notFound");
        }
        receiveStatement(r, task, statement, me, "statement");
    }

    /** An officer records a statement given on paper (or by a person without an account). */
    void recordStatement(String number, String statement) {
        InvestigationStore.Row r = store.lock(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(InvestigationProcess.TASK_STATEMENT).singleResult();
        if (task == null) {
            throw InvalidInputException.of("statement", "validation.noStatementRequested");
        }
        receiveStatement(r, task, statement, AuditLog.currentActor(), "statement on paper");
    }

    private void receiveStatement(InvestigationStore.Row r, Task task, String statement, String by, String what) {
        String text = RequiredText.of(statement, "statement", properties.maxTextLength());
        store.addNote(r.id(), "STATEMENT", text, by);
        store.setStatus(r.id(), InvestigationStatus.INVESTIGATING);
        audit.record("investigation.statement", InvestigationService.subjectOf(r.number()), what);
        officerTasks.complete(task, Map.of());
    }

    /** The deadline passed without a statement (the boundary timer): on record, and the officers go on. */
    void statementDeadlinePassed(long id) {
        InvestigationStore.Row r = store.find(id).orElseThrow();
        store.addNote(id, "STATEMENT_MISSED", String.valueOf(r.statementDue()), AuditLog.SYSTEM);
        store.setStatus(id, InvestigationStatus.INVESTIGATING);
        audit.record("investigation.statementMissed", InvestigationService.subjectOf(r.number()), null);
    }
}
