package org.talentbridge.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The end of a publicity period as a process ({@code processes/publicity-period.bpmn}, issue 14.4, 17.1 and 19.3): one
 * instance per list, whose timer grants the list's clean cases the day after its last day at
 * {@code app.publication.grant-at}, one job per entry. Element ids and variables are named here once; so are the
 * engine calls that bring the grant forward and read its progress.
 */
@Component
public class PublicityPeriodProcess {

    public static final String KEY = "publicityPeriod";
    public static final String TIMER_PERIOD_ENDED = "Timer_PeriodEnded";
    /** Version 1 only: the service task that granted the whole list in the timer's one transaction. */
    public static final String TASK_GRANT = "Task_GrantCleanCases";
    public static final String START_GRANT_REQUESTED = "StartEvent_GrantRequested";
    public static final String MESSAGE_GRANT_REQUESTED = "publicityGrantRequested";
    public static final String TASK_LIST_ENTRIES = "Task_ListEntries";
    public static final String TASK_GRANT_ENTRY = "Task_GrantEntry";
    public static final String END_CLOSED = "EndEvent_PeriodClosed";
    public static final String VAR_PUBLICITY_ID = "publicityId";
    public static final String VAR_GRANT_AT = "grantAt";
    /** Set by {@code Task_ListEntries}: the entries of the list, one job each. */
    public static final String VAR_ENTRIES = "entries";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final PublicationProperties properties;

    PublicityPeriodProcess(RuntimeService runtime, ManagementService management, PublicationProperties properties) {
        this.runtime = runtime;
        this.management = management;
        this.properties = properties;
    }

    public static String businessKey(long publicityId) {
        return "publicity:" + publicityId;
    }

    /** When the timer of a period ending on {@code lastDay} fires, in the zone of the nodes' clock. */
    Date grantAt(LocalDate lastDay, ZoneId zone) {
        LocalTime at = properties.grantTime();
        return Date.from(lastDay.plusDays(1).atTime(at).atZone(zone).toInstant());
    }

    /** Starts the period's process, in the caller's transaction (so an unpublished list has none). */
    void start(long publicityId, LocalDate lastDay, ZoneId zone) {
        runtime.startProcessInstanceByKey(KEY, businessKey(publicityId),
                Map.of(VAR_PUBLICITY_ID, publicityId, VAR_GRANT_AT, grantAt(lastDay, zone)));
    }

    /**
     * Starts granting the list's entries now, in the caller's transaction, which writes a few rows (no case is granted
     * in it): a list waiting for its timer has the timer brought forward to now (the job executor fires it at once);
     * a list being granted has its entries whose retries ran out tried once more; otherwise (the process ended, or an
     * older list never had one) a new instance starts at {@code StartEvent_GrantRequested}, whose entries' jobs go on in
     * the background.
     */
    void grantNow(long publicityId, Clock clock) {
        Optional<ProcessInstance> running = running(publicityId);
        if (running.isEmpty()) {
            runtime.startProcessInstanceByMessage(MESSAGE_GRANT_REQUESTED, businessKey(publicityId),
                    Map.of(VAR_PUBLICITY_ID, publicityId));
            return;
        }
        String id = running.get().getId();
        for (Job stuck : management.createJobQuery().processInstanceId(id).noRetriesLeft().list()) {
            management.setJobRetries(stuck.getId(), 1);
        }
        Date now = Date.from(clock.instant());
        for (Job timer : management.createJobQuery().processInstanceId(id).timers().list()) {
            if (timer.getDuedate() != null && timer.getDuedate().after(now)) {
                management.setJobDuedate(timer.getId(), now);
            }
        }
    }

    /** How far the grant of the list has come, as the engine knows it. */
    GrantProgress progress(long publicityId) {
        Optional<ProcessInstance> running = running(publicityId);
        if (running.isEmpty()) {
            return new GrantProgress(GrantProgress.State.ENDED, 0, 0, 0, 0);
        }
        String id = running.get().getId();
        int stuck = (int) management.createJobQuery().processInstanceId(id).noRetriesLeft().count();
        int failing = (int) management.createJobQuery().processInstanceId(id).withException().count() - stuck;
        boolean atTimer = runtime.createExecutionQuery().processInstanceId(id).activityId(TIMER_PERIOD_ENDED).count() > 0;
        if (atTimer) {
            return new GrantProgress(GrantProgress.State.WAITING, 0, 0, failing, stuck);
        }
        // the multi-instance body keeps the counters (one variable each; the entries' own executions hold loopCounter)
        int total = intVariable(id, "nrOfInstances", intVariable(id, VAR_ENTRIES, 0));
        return new GrantProgress(GrantProgress.State.GRANTING, total, intVariable(id, "nrOfCompletedInstances", 0), failing,
                stuck);
    }

    private int intVariable(String processInstanceId, String name, int otherwise) {
        return runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).variableName(name).list().stream()
                .map(v -> v.getValue()).filter(Number.class::isInstance).map(v -> ((Number) v).intValue()).findFirst()
                .orElse(otherwise);
    }

    private Optional<ProcessInstance> running(long publicityId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(businessKey(publicityId))
                .list().stream().findFirst();
    }
}
