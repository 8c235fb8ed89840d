package org.talentbridge.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Absence and substitution (代理, issue 16 item 4): an administrator, or the person themselves, sets an absence period
 * and a substitute. Recording a period that covers today gives the person's open tasks to the substitute at once;
 * during the period (first and last day included) any task claimed by or given to the absent person goes to the
 * substitute as it happens (the engine's task events, in the same transaction), audited on its case. The substitute
 * is told of each task like any new assignee.
 */
@Service
public class Absences {

    static final int MAX_DAYS = 366;
    /** Set while this class hands a task on: the substitute's own absence is not followed (no chains, no loops). */
    private static final ThreadLocal<Boolean> HANDING_ON = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final InstanceRepair repair;
    private final AuditLog audit;
    private final MonitoringProperties properties;
    private final Clock clock;

    Absences(JdbcTemplate jdbc, AccountService accounts, InstanceRepair repair, AuditLog audit,
             MonitoringProperties properties, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.repair = repair;
        this.audit = audit;
        this.properties = properties;
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
            repair.handOver(who, sub, "absence " + firstDay + "–" + lastDay + ": " + reason.strip());
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

    /** Who takes {@code username}'s tasks on {@code day}, if they are absent then. */
    Optional<String> substituteOn(String username, LocalDate day) {
        return jdbc.queryForList("select substitute from tb.absence where username = ? and first_day <= ? and last_day >= ?"
                + " order by created_at desc limit 1", String.class, username, day, day).stream().findFirst();
    }

    /** A task claimed by or given to an absent person goes to their substitute (once: a substitute's own absence is not followed). */
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_ASSIGNMENT + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_CREATE + "'")
    public void on(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null || HANDING_ON.get() || task.getProcessDefinitionId() == null
                || properties.processes().stream().noneMatch(k -> task.getProcessDefinitionId().startsWith(k + ":"))) {
            return;
        }
        substituteOn(assignee, today()).ifPresent(sub -> {
            HANDING_ON.set(true);
            try {
                task.setAssignee(sub);
            } finally {
                HANDING_ON.remove();
            }
            String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
            audit.record("monitoring.taskToSubstitute", InstanceInspection.subject(caseNumber, task.getProcessInstanceId()),
                    task.getTaskDefinitionKey() + " " + assignee + " -> " + sub + ": absent");
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
