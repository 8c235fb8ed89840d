package org.talentbridge.casework;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;

/**
 * A case's timeline, from the engine's history (every step, when it started and ended, who held it) merged with
 * the human decisions and their reasons from the audit trail; and what is expected now. Applicants see roles where
 * staff see names.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CaseTimelineService {

    /** The steps a reader cares about; gateways and sequence flows are the engine's business. */
    private static final Set<String> SHOWN_TYPES = Set.of("startEvent", "serviceTask", "userTask", "receiveTask", "boundaryMessage",
            "boundaryTimer", "noneEndEvent");
    /** Audit actions that are human decisions (or their consequences) worth a line of their own. */
    private static final Set<String> DECISIONS = Set.of("series.decided", "employer.confirm", "employer.return",
            "review.approve", "review.return", "review.reject", "case.withdrawn", "case.resubmitted", "task.claimed",
            "case.committeeVoted", "integrity.clear", "integrity.refer", "case.cancelled");
    private static final Map<String, Role> ROLE_OF_TASK = Map.of(
            TitleApplicationProcess.TASK_SERIES_DECISION, Role.COMMITTEE_SECRETARY,
            TitleApplicationProcess.TASK_EMPLOYER_REVIEW, Role.EMPLOYER_REVIEWER,
            TitleApplicationProcess.TASK_QUALIFICATION_REVIEW, Role.REVIEWER,
            TitleApplicationProcess.TASK_CORRECTION, Role.APPLICANT,
            TitleApplicationProcess.TASK_INTEGRITY_REVIEW, Role.INTEGRITY_OFFICER,
            TitleApplicationProcess.TASK_COMMITTEE_REVIEW, Role.COMMITTEE_MEMBER);

    private final TitleCaseRepository cases;
    private final HistoryService history;
    private final TaskService tasks;
    private final AuditLog audit;
    private final AccountService accounts;
    private final EmployerService employers;
    private final CurrentUser currentUser;

    CaseTimelineService(TitleCaseRepository cases, HistoryService history, TaskService tasks, AuditLog audit,
                        AccountService accounts, EmployerService employers, CurrentUser currentUser) {
        this.cases = cases;
        this.history = history;
        this.tasks = tasks;
        this.audit = audit;
        this.accounts = accounts;
        this.employers = employers;
        this.currentUser = currentUser;
    }

    /** The case's steps and decisions, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(String caseNumber) {
        TitleCase c = visible(caseNumber);
        AccountView me = currentUser.require();
        // names and every reason for the office's staff; the applicant and the employer see roles, not who decided
        boolean staffView = TitleCaseService.isOffice(me);
        List<TimelineEntry> entries = new ArrayList<>();
        if (c.getProcessInstanceId() != null) {
            for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(c.getProcessInstanceId()).orderByHistoricActivityInstanceStartTime().asc()
                    .orderPartiallyByOccurrence().asc().list()) {
                if (!SHOWN_TYPES.contains(a.getActivityType())) {
                    continue;
                }
                String actor = null;
                boolean roleKey = false;
                Role role = ROLE_OF_TASK.get(a.getActivityId());
                if (a.getAssignee() != null && (staffView || role == Role.APPLICANT)) {
                    actor = displayName(a.getAssignee());
                } else if (role != null) {
                    actor = role.messageKey();
                    roleKey = true;
                }
                entries.add(new TimelineEntry(at(a.getStartTime()), "timeline." + a.getActivityId(),
                        a.getEndTime() == null ? null : at(a.getEndTime()), actor, roleKey, null));
            }
        }
        for (AuditEvent e : audit.history("case:" + caseNumber)) {
            if (!DECISIONS.contains(e.getAction()) || (!staffView && e.getAction().equals("task.claimed"))) {
                continue;
            }
            boolean own = e.getActor().equals(me.username());
            String actor = staffView || own ? displayName(e.getActor()) : roleOfAction(e.getAction());
            // what an integrity officer wrote stays with the office (it may touch an investigation)
            boolean hidden = e.getAction().equals("task.claimed") || (!staffView && e.getAction().startsWith("integrity."));
            entries.add(new TimelineEntry(e.getOccurredAt(), "timeline." + e.getAction(), null, actor,
                    !(staffView || own), hidden ? null : e.getDetails()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** What is expected now, from the case's stage and its open task, told to the viewer. */
    @Transactional(readOnly = true)
    public NextStep nextStep(String caseNumber) {
        TitleCase c = visible(caseNumber);
        AccountView me = currentUser.require();
        boolean applicant = c.getApplicantId().equals(me.id());
        boolean office = TitleCaseService.isOffice(me);
        Optional<Task> open = Optional.ofNullable(c.getProcessInstanceId()).map(pid ->
                tasks.createTaskQuery().processInstanceId(pid).singleResult());
        String due = open.map(Task::getDueDate).map(CaseTimelineService::date).orElse("");
        String employer = employers.find(c.getEmployerId()).map(EmployerView::name).orElse("");
        if (!applicant && office) {
            return open.map(t -> new NextStep("case.next.staff", List.of(t.getName(),
                            t.getAssignee() == null ? "" : displayName(t.getAssignee()), due), me.username().equals(t.getAssignee())))
                    .orElse(new NextStep("case.next." + c.getStatus().name(), List.of(c.getOccupationName(), employer, due), false));
        }
        if (!applicant) {
            // an employer's reviewer: the step and its time limit, in their own words, without the office's names
            boolean mine = open.map(t -> me.employerId() != null
                    && TitleApplicationProcess.TASK_EMPLOYER_REVIEW.equals(t.getTaskDefinitionKey())).orElse(false);
            return new NextStep("case.next.employer", List.of(open.map(Task::getName).orElse(""), due), mine);
        }
        return new NextStep("case.next." + c.getStatus().name(), List.of(c.getOccupationName(), employer, due),
                c.getStatus() == CaseStatus.CORRECTION);
    }

    private TitleCase visible(String caseNumber) {
        TitleCase c = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new AccessDeniedException("no such case"));
        if (!TitleCaseService.maySee(currentUser.require(), c)) {
            throw new AccessDeniedException("not your case");
        }
        return c;
    }

    private static String roleOfAction(String action) {
        if (action.startsWith("employer.")) {
            return Role.EMPLOYER_REVIEWER.messageKey();
        }
        if (action.startsWith("series.")) {
            return Role.COMMITTEE_SECRETARY.messageKey();
        }
        if (action.startsWith("integrity.")) {
            return Role.INTEGRITY_OFFICER.messageKey();
        }
        if (action.equals("case.cancelled")) {
            return Role.ADMIN.messageKey();
        }
        if (action.equals("case.committeeVoted")) {
            return Role.COMMITTEE_SECRETARY.messageKey();
        }
        if (action.startsWith("case.")) {
            return Role.APPLICANT.messageKey();
        }
        return Role.REVIEWER.messageKey();
    }

    private String displayName(String username) {
        return accounts.findByUsername(username).map(AccountView::displayName).orElse(username);
    }

    private static OffsetDateTime at(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static String date(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }
}
