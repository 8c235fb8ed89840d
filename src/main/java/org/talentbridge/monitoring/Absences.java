package org.talentbridge.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Absence and substitution (代理, issue 16 item 4): an administrator, or the person themselves, sets an absence period
 * (first and last day included, calendar days) and a substitute. While the period lasts:
 * <ul>
 * <li>the group inboxes offer the absent person no candidate tasks (they ask {@link #absentToday(Collection)});</li>
 * <li>a claim by the absent person is refused naming the substitute ({@link #refuseClaim(String)} in the services,
 *     and the engine's {@code assignment} event below, so that the engine's REST API cannot bypass it either);</li>
 * <li>the tasks they hold go to the substitute ({@link #sweep()}: when the period starts, once per cluster at
 *     {@code app.monitoring.absence-sweep-cron}, at start-up, and at once when a period covering today is recorded);
 *     a task created for them goes to the substitute as it is created. Each move is audited on its case and told to
 *     both people; a substitute who is absent too gets nothing: the task goes back to its candidate groups.</li>
 * </ul>
 */
@Service
public class Absences {

    static final int MAX_DAYS = 366;
    /** Set while this class hands a task on: the engine's assignment event for it is ours, not a claim. */
    private static final ThreadLocal<Boolean> HANDING_ON = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;
    private final AbsenceQueries queries;
    private final AccountService accounts;
    private final InstanceRepair repair;
    private final AuditLog audit;
    private final MonitoringProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Absences(JdbcTemplate jdbc, AbsenceQueries queries, AccountService accounts, InstanceRepair repair, AuditLog audit,
             MonitoringProperties properties, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.accounts = accounts;
        this.repair = repair;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Absence record(String username, String substitute, LocalDate firstDay, LocalDate lastDay, String reason) {
        String who = username == null ? "" : username.strip();
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = me.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (!admin && !who.equals(me.getName())) {
            throw new AccessDeniedException("only an administrator records another person's absence");
        }
        if (who.isEmpty() || accounts.findByUsername(who).isEmpty()) {
            throw InvalidInputException.of("username", "monitoring.error.unknownAccount");
        }
        String sub = substitute == null ? "" : substitute.strip();
        if (sub.isEmpty() || accounts.findByUsername(sub).isEmpty()) {
            throw InvalidInputException.of("substitute", "monitoring.error.unknownAccount");
        }
        if (sub.equals(who)) {
            throw InvalidInputException.of("substitute", "monitoring.error.sameAssignee");
        }
        if (firstDay == null) {
            throw InvalidInputException.of("firstDay", "monitoring.error.dayRequired");
        }
        if (lastDay == null || lastDay.isBefore(firstDay) || lastDay.isAfter(firstDay.plusDays(MAX_DAYS))) {
            throw InvalidInputException.of("lastDay", "monitoring.error.absencePeriod", MAX_DAYS);
        }
        if (lastDay.isBefore(today())) {
            throw InvalidInputException.of("lastDay", "monitoring.error.absenceOver");
        }
        if (reason == null || reason.isBlank() || reason.length() > properties.maxReasonLength()) {
            throw InvalidInputException.of("reason", "monitoring.error.reasonRequired");
        }
        Long id = jdbc.queryForObject("insert into tb.absence (username, substitute, first_day, last_day, reason, created_by)"
                + " values (?, ?, ?, ?, ?, ?) returning id", Long.class, who, sub, firstDay, lastDay, reason.strip(), me.getName());
        audit.record("monitoring.absenceRecorded", "account:" + who, sub + " " + firstDay + "–" + lastDay + ": " + reason.strip());
        Absence absence = new Absence(id, who, sub, firstDay, lastDay, reason.strip(), me.getName());
        if (absence.covers(today())) {
            handOn(absence);
        }
        return absence;
    }

    /** The periods not yet over: everyone's for administrators, one's own otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Absence> current() {
        Authentication me = SecurityContextHolder.getContext().getAuthentication();
        boolean admin = me.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        String sql = "select * from tb.absence where last_day >= ?" + (admin ? "" : " and username = ?")
                + " order by first_day, username limit " + properties.pageSize();
        Object[] args = admin ? new Object[] {today()} : new Object[] {today(), me.getName()};
        return jdbc.query(sql, (rs, n) -> new Absence(rs.getLong("id"), rs.getString("username"), rs.getString("substitute"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class), rs.getString("reason"),
                rs.getString("created_by")), args);
    }

    // ---- the small public query other modules' inboxes and claims use ------------------------------------------------

    /** Of these people, those absent today: the inboxes offer them no candidate tasks. */
    @Transactional(readOnly = true)
    public Set<String> absentToday(Collection<String> usernames) {
        return queries.absentOn(usernames, today());
    }

    /** True when {@code username} is absent today. */
    @Transactional(readOnly = true)
    public boolean absentToday(String username) {
        return queries.substituteOn(username, today()).isPresent();
    }

    /** Who takes {@code username}'s tasks today, if they are absent. */
    @Transactional(readOnly = true)
    public Optional<String> substituteToday(String username) {
        return queries.substituteOn(username, today());
    }

    /** A claim by someone absent today is refused, naming the field {@code assignee} and the substitute. */
    @Transactional(readOnly = true)
    public void refuseClaim(String username) {
        queries.substituteOn(username, today()).ifPresent(sub -> {
            throw refusal(sub);
        });
    }

    private InvalidInputException refusal(String substitute) {
        String name = accounts.findByUsername(substitute).map(AccountView::displayName).orElse(substitute);
        return InvalidInputException.of("assignee", "absences.claimRefused", name, substitute);
    }

    // ---- the sweep ---------------------------------------------------------------------------------------------------

    /**
     * Every task an absent person holds today goes to their substitute (released when the substitute is absent too);
     * audited, both told. Returns how many tasks moved; nothing left to move gives 0.
     */
    @Transactional
    public int sweep() {
        LocalDate today = today();
        int moved = 0;
        for (Absence a : queries.periodsCovering(today)) {
            moved += handOn(a);
        }
        return moved;
    }

    /** An administrator's "hand over now" (the sweep without waiting for the night). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int sweepNow() {
        int moved = sweep();
        audit.record("monitoring.absenceSweep", "absence:sweep", moved + " tasks");
        return moved;
    }

    private int handOn(Absence a) {
        String to = queries.substituteOn(a.substitute(), today()).isPresent() ? null : a.substitute();
        String why = "absent " + a.firstDay() + "–" + a.lastDay() + ": " + a.reason();
        int moved = 0;
        int page;
        HANDING_ON.set(true);
        try {
            do {
                page = repair.handOver(a.username(), to, why);
                moved += page;
            } while (page == properties.pageSize());
        } finally {
            HANDING_ON.remove();
        }
        return moved;
    }

    // ---- the engine's task events ------------------------------------------------------------------------------------

    /**
     * A task created for an absent person goes to their substitute (or back to its groups); an assignment to an absent
     * person by anyone else (a claim over Camunda's REST API, say) is refused: the engine's command rolls back.
     */
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_ASSIGNMENT + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_CREATE + "'")
    public void on(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || HANDING_ON.get() || task.getProcessDefinitionId() == null
                || properties.processes().stream().noneMatch(k -> task.getProcessDefinitionId().startsWith(k + ":"))) {
            return;
        }
        Optional<String> substitute = queries.substituteOn(assignee, today());
        if (substitute.isEmpty()) {
            return;
        }
        if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            throw refusal(substitute.get());
        }
        String to = queries.substituteOn(substitute.get(), today()).isPresent() ? null : substitute.get();
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        events.publishEvent(new TaskHandedOn(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                task.getProcessDefinitionId(), caseNumber, assignee, to, "absent"));
        HANDING_ON.set(true);
        try {
            task.setAssignee(to);
        } finally {
            HANDING_ON.remove();
        }
        audit.record(to == null ? "monitoring.taskReleased" : "monitoring.taskToSubstitute",
                InstanceInspection.subject(caseNumber, task.getProcessInstanceId()),
                task.getTaskDefinitionKey() + " " + assignee + " -> " + (to == null ? "-" : to) + ": absent");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
