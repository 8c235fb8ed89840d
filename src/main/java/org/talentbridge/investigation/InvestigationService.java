package org.talentbridge.investigation;

import org.talentbridge.shared.validation.RequiredText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypes;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Integrity investigations (issue 6, rule I), the one API their screens call. Integrity officers open, investigate,
 * ask for statements, close as unfounded, propose findings and approve a colleague's finding (never their own: four
 * eyes). Staff may report. The person asked for a statement answers it. Administrators read. Every change is audited
 * and serialised per investigation (a row lock), so two officers acting at once get a defined answer.
 */
@Service
public class InvestigationService {

    static final String STAFF = "hasAnyRole('REVIEWER','COMMITTEE_MEMBER','COMMITTEE_SECRETARY','INTEGRITY_OFFICER','ADMIN','EMPLOYER_REVIEWER')";
    private static final String OFFICER = "hasRole('INTEGRITY_OFFICER')";
    private static final String READER = "hasAnyRole('INTEGRITY_OFFICER','ADMIN')";

    private final InvestigationStore store;
    private final InvestigationSubjects outside;
    private final InvestigationTasks officerTasks;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CertificateService certificates;
    private final IntegrityFileService integrityFile;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final InvestigationProperties properties;

    InvestigationService(InvestigationStore store, InvestigationSubjects outside, InvestigationTasks officerTasks,
                         RuntimeService runtime, TaskService tasks,
                         CertificateService certificates, IntegrityFileService integrityFile, CurrentUser currentUser,
                         AuditLog audit, InvestigationProperties properties) {
        this.store = store;
        this.outside = outside;
        this.officerTasks = officerTasks;
        this.runtime = runtime;
        this.tasks = tasks;
        this.certificates = certificates;
        this.integrityFile = integrityFile;
        this.currentUser = currentUser;
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
        List<FieldProblem> problems = new ArrayList<>();
        String idNumber = request.idNumber() == null ? "" : request.idNumber().strip();
        if (idNumber.isEmpty()) {
            problems.add(new FieldProblem("idNumber", "validation.required"));
        } else if (!ChineseIdNumber.isValid(idNumber)) {
            problems.add(new FieldProblem("idNumber", "validation.idNumber"));
        }
        String name = request.personName() == null ? "" : request.personName().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("personName", "validation.required"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("personName", "validation.tooLong"));
        }
        String allegation = text(request.allegation(), "allegation", problems);
        List<String> caseNumbers = cleaned(request.caseNumbers());
        List<String> certificateNumbers = cleaned(request.certificateNumbers());
        if (problems.isEmpty()) {
            String normalised = ChineseIdNumber.normalise(idNumber);
            for (String caseNumber : caseNumbers) {
                Optional<InvestigationSubjects.Person> applicant = outside.applicantOfCase(caseNumber);
                // one answer for "no such case" and "not this person's": the form tells no one whose a case is
                if (applicant.isEmpty() || !normalised.equals(applicant.get().idNumber())) {
                    problems.add(new FieldProblem("caseNumbers", "validation.investigationCaseNotOfPerson", caseNumber));
                }
            }
            for (String certificate : certificateNumbers) {
                Optional<String> holder = outside.holderIdOfCertificate(certificate);
                if (holder.isEmpty() || !normalised.equals(holder.get())) {
                    problems.add(new FieldProblem("certificateNumbers", "validation.investigationCertificateNotOfPerson", certificate));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AccountView me = currentUser.require();
        InvestigationSource source = me.hasRole(org.talentbridge.account.Role.INTEGRITY_OFFICER)
                ? InvestigationSource.OFFICER_REPORT : InvestigationSource.STAFF_REPORT;
        Optional<InvestigationSubjects.Person> person = outside.personByIdNumber(idNumber);
        long id = store.insert(source, idNumber, name, person.map(InvestigationSubjects.Person::accountId).orElse(null),
                allegation, me.username());
        caseNumbers.forEach(c -> store.addSubject(id, c, null, null, me.username()));
        certificateNumbers.forEach(c -> store.addSubject(id, null, c, null, me.username()));
        return start(id, person.map(InvestigationSubjects.Person::username).orElse(null));
    }

    /**
     * An objection lodged during publicity (in the objection's transaction): it joins the open investigation of its case,
     * or opens one. System method: the objector is a member of the public.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    String openFromObjection(String caseNumber, long objectionId) {
        String by = "objection:" + objectionId;
        Optional<Long> open = store.openInvestigationOfCase(caseNumber);
        if (open.isPresent()) {
            store.addSubject(open.get(), caseNumber, null, objectionId, by);
            store.addNote(open.get(), "NOTE", "objection " + objectionId + ": " + outside.objectionStatement(objectionId), by);
            return store.find(open.get()).orElseThrow().number();
        }
        InvestigationSubjects.Person person = outside.applicantOfCase(caseNumber).orElseThrow(
                () -> new IllegalArgumentException("no case " + caseNumber));
        long id = store.insert(InvestigationSource.OBJECTION, person.idNumber(), person.displayName(), person.accountId(),
                outside.objectionStatement(objectionId), by);
        store.addSubject(id, caseNumber, null, objectionId, by);
        return start(id, person.username());
    }

    /** The integrity officer referred a flagged case (in the referral's transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    String openFromReferral(String caseNumber, String reason) {
        InvestigationSubjects.Person person = outside.applicantOfCase(caseNumber).orElseThrow(
                () -> new IllegalArgumentException("no case " + caseNumber));
        String by = AuditLog.currentActor();
        long id = store.insert(InvestigationSource.REFERRAL, person.idNumber(), person.displayName(), person.accountId(),
                reason == null || reason.isBlank() ? caseNumber : reason.strip(), by);
        store.addSubject(id, caseNumber, null, null, by);
        return start(id, person.username());
    }

    private String start(long id, String personUsername) {
        InvestigationStore.Row row = store.find(id).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(InvestigationProcess.VAR_INVESTIGATION_ID, id);
        variables.put(InvestigationProcess.VAR_PERSON_USERNAME, personUsername);
        runtime.startProcessInstanceByKey(InvestigationProcess.KEY, row.number(), variables);
        audit.record("investigation.opened", subjectOf(row.number()), row.source().name());
        return row.number();
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** Investigations newest first (only the open ones when {@code openOnly}), ID numbers masked. */
    @PreAuthorize(READER)
    @Transactional(readOnly = true)
    public List<InvestigationRow> page(boolean openOnly, int offset, int limit) {
        return rows(store.page(openOnly, null, Math.max(0, offset), Math.max(0, limit)));
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
        InvestigationStore.Row r = store.find(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
        audit.record("investigation.read", subjectOf(number), null);
        Optional<Task> task = officerTasks.officerTask(number);
        String me = AuditLog.currentActor();
        List<InvestigationDetail.Subject> subjects = store.subjects(r.id()).stream()
                .map(s -> {
                    String[] state = outside.stateOf(s);
                    return new InvestigationDetail.Subject(s.caseNumber(), s.certificateNumber(), s.objectionId(), state[0], state[1]);
                })
                .toList();
        return new InvestigationDetail(r.id(), r.number(), r.source(), r.personName(), ChineseIdNumber.mask(r.idNumber()),
                r.personAccountId() != null, r.allegation(), r.openedBy(), r.openedAt(), r.status(), r.statementDue(),
                r.proposedFinding(), r.proposedFacts(), r.proposedUntil(), r.proposedBy(), r.decidedBy(), r.decidedAt(),
                r.outcome(), r.integrityEntryId(), subjects, store.notes(r.id()), store.files(r.id()),
                task.map(Task::getId).orElse(null), task.map(Task::getTaskDefinitionKey).orElse(null),
                task.map(Task::getAssignee).orElse(null), !me.equals(r.proposedBy()));
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
        if (idNumber == null || !ChineseIdNumber.isValid(idNumber.strip())) {
            throw InvalidInputException.of("idNumber", "validation.idNumber");
        }
        String id = ChineseIdNumber.normalise(idNumber.strip());
        Optional<InvestigationSubjects.Person> person = outside.personByIdNumber(id);
        List<InvestigationRow> investigations = rows(store.page(false, id, 0, 200));
        var entries = integrityFile.history(id);
        String name = person.map(InvestigationSubjects.Person::displayName)
                .orElse(investigations.isEmpty() ? (entries.isEmpty() ? null : entries.get(0).personName())
                        : investigations.get(0).personName());
        audit.record("investigation.personRead", "person:" + ChineseIdNumber.mask(id), null);
        return new PersonHistory(name, ChineseIdNumber.mask(id),
                person.map(p -> outside.casesOf(p.accountId())).orElse(List.of()),
                person.map(p -> outside.certificatesOf(p.accountId())).orElse(List.of()), investigations, entries);
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
        InvestigationStore.Row r = locked(number);
        Task task = officerTasks.actionable(r, InvestigationProcess.TASK_INVESTIGATE);
        List<FieldProblem> problems = new ArrayList<>();
        String q = text(question, "question", problems);
        LocalDate today = LocalDate.now();
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
        audit.record("investigation.statementRequested", subjectOf(number), "due " + due);
        officerTasks.complete(task, Map.of(InvestigationProcess.VAR_NEXT_STEP, InvestigationProcess.STEP_REQUEST_STATEMENT,
                InvestigationProcess.VAR_STATEMENT_DUE, Date.from(end.toInstant())));
    }

    /** The person's open statement requests (applicants: their own only). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<StatementRequestView> myStatementRequests() {
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
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void submitStatement(String number, String statement) {
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
    @PreAuthorize(OFFICER)
    @Transactional
    public void recordStatement(String number, String statement) {
        InvestigationStore.Row r = locked(number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(InvestigationProcess.TASK_STATEMENT).singleResult();
        if (task == null) {
            throw InvalidInputException.of("statement", "validation.noStatementRequested");
        }
        receiveStatement(r, task, statement, AuditLog.currentActor(), "statement on paper");
    }

    private void receiveStatement(InvestigationStore.Row r, Task task, String statement, String by, String what) {
        String text = requiredText(statement, "statement");
        store.addNote(r.id(), "STATEMENT", text, by);
        store.setStatus(r.id(), InvestigationStatus.INVESTIGATING);
        audit.record("investigation.statement", subjectOf(r.number()), what);
        officerTasks.complete(task, Map.of());
    }

    /** The deadline passed without a statement (the boundary timer): on record, and the officers go on. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void statementDeadlinePassed(long id) {
        InvestigationStore.Row r = store.find(id).orElseThrow();
        store.addNote(id, "STATEMENT_MISSED", String.valueOf(r.statementDue()), AuditLog.SYSTEM);
        store.setStatus(id, InvestigationStatus.INVESTIGATING);
        audit.record("investigation.statementMissed", subjectOf(r.number()), null);
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
        if (activeUntil != null && !activeUntil.isAfter(LocalDate.now())) {
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

    // ---- accountability --------------------------------------------------------------------------------------------

    /** The accountability list: staff who handled the cases of confirmed findings (only those not followed up yet). */
    @PreAuthorize(READER)
    @Transactional(readOnly = true)
    public List<AccountabilityRow> accountability(boolean openOnly, int offset, int limit) {
        return store.accountability(openOnly, Math.max(0, offset), Math.max(0, limit));
    }

    @PreAuthorize(READER)
    @Transactional(readOnly = true)
    public int accountabilityCount(boolean openOnly) {
        return store.accountabilityCount(openOnly);
    }

    /** Records the follow-up of one item, once. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void recordFollowUp(long itemId, String followUp) {
        String text = requiredText(followUp, "followUp");
        if (!store.followUp(itemId, text, AuditLog.currentActor())) {
            throw InvalidInputException.of("followUp", "validation.followUpRecorded");
        }
        audit.record("investigation.followUp", "accountability:" + itemId, text);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** The rows of a page with their open officer task. */
    private List<InvestigationRow> rows(List<InvestigationStore.Row> page) {
        Map<String, Task> taskOf = officerTasks.officerTasks(page.stream().map(InvestigationStore.Row::number).toList());
        return page.stream().map(r -> {
            Optional<Task> task = Optional.ofNullable(taskOf.get(r.number()));
            return new InvestigationRow(r.number(), r.source(), r.personName(), ChineseIdNumber.mask(r.idNumber()), r.status(),
                    r.openedAt(), task.map(Task::getName).orElse(null), task.map(Task::getAssignee).orElse(null));
        }).toList();
    }

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

    private static List<String> cleaned(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toUpperCase(java.util.Locale.ROOT))
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }
}
