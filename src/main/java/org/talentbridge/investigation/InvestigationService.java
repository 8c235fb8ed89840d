package org.talentbridge.investigation;

import java.time.Clock;
import org.talentbridge.shared.validation.RequiredText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypes;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Integrity investigations (issue 6, rule I), the one API their screens call. Integrity officers open, investigate,
 * ask for statements, close as unfounded, propose findings and approve a colleague's finding (never their own: four
 * eyes). Staff may report. The person asked for a statement answers it. Administrators read. Every change is audited
 * and serialised per investigation (a row lock), so two officers acting at once get a defined answer.
 *
 * <p>Every public method carries its permission and its transaction here (the façade screens and tests call, about
 * 320 lines, most of them those declarations and their comments); the work is done by {@link InvestigationOpening},
 * {@link InvestigationReads}, {@link InvestigationStatements}, {@link InvestigationTasks} (the officer tasks) and, for a
 * confirmed or unfounded outcome, {@link InvestigationConsequences}. The four decisions share {@code decide}.
 */
@Service
public class InvestigationService {

    static final String STAFF = "hasAnyRole('REVIEWER','COMMITTEE_MEMBER','COMMITTEE_SECRETARY','INTEGRITY_OFFICER','ADMIN','EMPLOYER_REVIEWER')";
    private static final String OFFICER = "hasRole('INTEGRITY_OFFICER')";
    private static final String READER = "hasAnyRole('INTEGRITY_OFFICER','ADMIN')";

    private final InvestigationStore store;
    private final InvestigationTasks officerTasks;
    private final InvestigationStatements statements;
    private final InvestigationOpening opening;
    private final InvestigationReads reads;
    private final TaskService tasks;
    private final AuditLog audit;
    private final InvestigationProperties properties;
    private final Clock clock;

    InvestigationService(InvestigationStore store, InvestigationTasks officerTasks, InvestigationStatements statements,
                         InvestigationOpening opening, InvestigationReads reads, TaskService tasks, AuditLog audit,
                         InvestigationProperties properties, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.officerTasks = officerTasks;
        this.statements = statements;
        this.opening = opening;
        this.reads = reads;
        this.tasks = tasks;
        this.audit = audit;
        this.properties = properties;
    }

    public static String subjectOf(String number) {
        return "investigation:" + number;
    }

    // ---- opening ---------------------------------------------------------------------------------------------------

    /**
     * A report opens an investigation: by staff ({@link InvestigationSource#STAFF_REPORT}) or by an integrity officer
     * from outside information ({@link InvestigationSource#OFFICER_REPORT}). Every case and certificate named must be
     * the person's.
     *
     * @return the new investigation's number
     */
    @PreAuthorize(STAFF)
    @Transactional
    public String report(ReportRequest request) {
        return opening.report(request);
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** Investigations newest first (only the open ones when {@code openOnly}), ID numbers masked. */
    @PreAuthorize(READER)
    @Transactional(readOnly = true)
    public List<InvestigationRow> page(boolean openOnly, int offset, int limit) {
        return reads.rows(store.page(openOnly, null, Math.max(0, offset), Math.max(0, limit)));
    }

    @PreAuthorize(READER)
    @Transactional(readOnly = true)
    public int count(boolean openOnly) {
        return store.count(openOnly, null);
    }

    /** One investigation in full, for its case screen; the read is audited. */
    @PreAuthorize(READER)
    @Transactional
    public InvestigationDetail detail(String number) {
        return reads.detail(number);
    }

    /** An evidence file's content; the read is audited. */
    @PreAuthorize(READER)
    @Transactional
    public InvestigationStore.StoredFile file(long fileId) {
        InvestigationStore.StoredFile f = store.file(fileId).orElseThrow(() -> InvalidInputException.of("file", "validation.notFound"));
        audit.record("investigation.fileRead", "investigationFile:" + fileId, f.fileName());
        return f;
    }

    /**
     * A person across cases (issue 6, item 6): cases, certificates, investigations and integrity-file entries (the
     * file's reads are audited by the file).
     */
    @PreAuthorize(READER)
    @Transactional
    public PersonHistory personHistory(String idNumber) {
        return reads.personHistory(idNumber);
    }

    /** The history of an investigation's person, from its case screen: the full ID number never leaves the service. */
    @PreAuthorize(READER)
    @Transactional
    public PersonHistory personHistoryOf(String number) {
        InvestigationStore.Row r = store.find(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
        return personHistory(r.idNumber());
    }

    // ---- investigating ---------------------------------------------------------------------------------------------

    /** Takes the open officer task of an investigation (first come, first served; never the proposer's approval). */
    @PreAuthorize(OFFICER)
    @Transactional
    public void claim(String number) {
        InvestigationStore.Row r = locked(number);
        Task task = officerTasks.officerTask(number).orElseThrow(() -> InvalidInputException.of("task", "validation.taskGone"));
        officerTasks.take(r, task);
    }

    /** Gives the task back to the officers' pool. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void unclaim(String number) {
        locked(number);
        Task task = officerTasks.officerTask(number).orElseThrow(() -> InvalidInputException.of("task", "validation.taskGone"));
        if (!AuditLog.currentActor().equals(task.getAssignee())) {
            throw InvalidInputException.of("task", "validation.taskNotYours");
        }
        tasks.setAssignee(task.getId(), null);
    }

    /** Adds a note to the record (while the investigation is open). */
    @PreAuthorize(OFFICER)
    @Transactional
    public void addNote(String number, String text) {
        InvestigationStore.Row r = openLocked(number);
        String note = requiredText(text, "note");
        store.addNote(r.id(), "NOTE", note, AuditLog.currentActor());
        audit.record("investigation.note", subjectOf(number), null);
    }

    /** Adds evidence files: PDF, JPEG or PNG by their content, each at most {@code app.investigation.max-file-bytes}. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void addFiles(String number, List<EvidenceFile> files) {
        InvestigationStore.Row r = openLocked(number);
        if (files == null || files.isEmpty()) {
            throw InvalidInputException.of("files", "validation.required");
        }
        int room = properties.maxFiles() - store.fileCount(r.id());
        List<FieldProblem> problems = EvidenceTypes.problems(files, Math.max(0, room), properties.maxFileBytes());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (EvidenceFile f : files) {
            String type = EvidenceTypes.detect(f.content()).orElseThrow();
            long fileId = store.addFile(r.id(), f.fileName().strip(), type, f.content(), AuditLog.currentActor());
            audit.record("investigation.file", subjectOf(number), fileId + " " + f.fileName().strip());
        }
    }

    /** Asks the person for a statement by {@code due} (end of that day); the investigation waits for it or the deadline. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void requestStatement(String number, String question, LocalDate due) {
        statements.requestStatement(number, question, due);
    }

    /** The person's open statement requests (applicants: their own only). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<StatementRequestView> myStatementRequests() {
        return statements.myStatementRequests();
    }

    /** The person answers a statement request before its deadline. Anyone else: "not found". */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void submitStatement(String number, String statement) {
        statements.submitStatement(number, statement);
    }

    /** An officer records a statement given on paper (or by a person without an account). */
    @PreAuthorize(OFFICER)
    @Transactional
    public void recordStatement(String number, String statement) {
        statements.recordStatement(number, statement);
    }

    /** The deadline passed without a statement (the boundary timer): on record, and the officers go on. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void statementDeadlinePassed(long id) {
        statements.statementDeadlinePassed(id);
    }

    // ---- deciding --------------------------------------------------------------------------------------------------

    /** Closes the investigation as unfounded: objections are answered unfounded, referred cases resume (no four eyes). */
    @PreAuthorize(OFFICER)
    @Transactional
    public void closeUnfounded(String number, String reason) {
        decide(number, InvestigationProcess.TASK_INVESTIGATE, r -> {
            String why = requiredText(reason, "reason");
            store.addNote(r.id(), "DECISION", why, AuditLog.currentActor());
            store.decide(r.id(), InvestigationStatus.INVESTIGATING, why, AuditLog.currentActor(), null);
            audit.record("investigation.unfounded", subjectOf(number), why);
            return Map.of(InvestigationProcess.VAR_NEXT_STEP, InvestigationProcess.STEP_UNFOUNDED);
        });
    }

    /** Proposes a confirmed finding; a second officer must approve it. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void proposeFinding(String number, IntegrityFinding finding, String facts, LocalDate activeUntil) {
        decide(number, InvestigationProcess.TASK_INVESTIGATE, r -> proposal(r, finding, facts, activeUntil));
    }

    private Map<String, Object> proposal(InvestigationStore.Row r, IntegrityFinding finding, String facts, LocalDate activeUntil) {
        List<FieldProblem> problems = new ArrayList<>();
        if (finding == null) {
            problems.add(new FieldProblem("finding", "validation.required"));
        } else if (finding == IntegrityFinding.LIFTED) {
            problems.add(new FieldProblem("finding", "validation.integrityFindingLifted"));
        }
        String f = text(facts, "facts", problems);
        if (activeUntil != null && !activeUntil.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("activeUntil", "validation.dateNotInFuture"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String me = AuditLog.currentActor();
        store.propose(r.id(), finding, f, activeUntil, me);
        store.addNote(r.id(), "PROPOSAL", finding + ": " + f, me);
        audit.record("investigation.proposed", subjectOf(r.number()), finding.name());
        return Map.of(InvestigationProcess.VAR_NEXT_STEP, InvestigationProcess.STEP_PROPOSE_CONFIRMED);
    }

    /**
     * A second officer approves the proposed finding: every consequence is applied in this transaction (a failure
     * anywhere leaves nothing done). The proposer is refused.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public void approve(String number, String decision) {
        decide(number, InvestigationProcess.TASK_APPROVE_FINDING, r -> {
            String text = requiredText(decision, "decision");
            store.addNote(r.id(), "DECISION", text, AuditLog.currentActor());
            store.decide(r.id(), InvestigationStatus.AWAITING_APPROVAL, text, AuditLog.currentActor(), null);
            audit.record("investigation.approved", subjectOf(number), null);
            return Map.of(InvestigationProcess.VAR_APPROVAL, InvestigationProcess.APPROVE);
        });
    }

    /** A second officer refuses the proposed finding with a reason: the investigation goes on. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void refuseFinding(String number, String reason) {
        decide(number, InvestigationProcess.TASK_APPROVE_FINDING, r -> {
            String why = requiredText(reason, "reason");
            store.addNote(r.id(), "APPROVAL_REFUSED", why, AuditLog.currentActor());
            store.setStatus(r.id(), InvestigationStatus.INVESTIGATING);
            audit.record("investigation.refused", subjectOf(number), why);
            return Map.of(InvestigationProcess.VAR_APPROVAL, InvestigationProcess.REFUSE);
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private InvestigationStore.Row locked(String number) {
        return store.lock(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
    }

    private InvestigationStore.Row openLocked(String number) {
        InvestigationStore.Row r = locked(number);
        if (!r.status().isOpen()) {
            throw InvalidInputException.of("number", "validation.investigationClosed");
        }
        return r;
    }

    /**
     * The skeleton of the four decisions: the investigation locked, its officer task with this key taken by the caller,
     * then {@code decision} checks the input and records (notes, status, audit) and names the process variables the
     * task completes with.
     */
    private void decide(String number, String taskKey, java.util.function.Function<InvestigationStore.Row, Map<String, Object>> decision) {
        InvestigationStore.Row r = locked(number);
        Task task = officerTasks.actionable(r, taskKey);
        officerTasks.complete(task, decision.apply(r));
    }

    /** The stripped text, or a field error: required, at most {@code app.investigation.max-text-length}. */
    private String requiredText(String value, String field) {
        return RequiredText.of(value, field, properties.maxTextLength());
    }

    private String text(String value, String field, List<FieldProblem> problems) {
        return RequiredText.check(value, field, properties.maxTextLength(), problems);
    }

}
