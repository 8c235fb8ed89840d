package org.talentbridge.publication;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The end of a publicity period as a process ({@code processes/publicity-period.bpmn}, issue 14.4 and 17.1): one
 * instance per list, whose timer grants the list's clean cases the day after its last day at
 * {@code app.publication.grant-time}. Element ids and variables are named here once.
 */
@Component
public class PublicityPeriodProcess {

    public static final String KEY = "publicityPeriod";
    public static final String TIMER_PERIOD_ENDED = "Timer_PeriodEnded";
    public static final String TASK_GRANT = "Task_GrantCleanCases";
    public static final String END_CLOSED = "EndEvent_PeriodClosed";
    public static final String VAR_PUBLICITY_ID = "publicityId";
    public static final String VAR_GRANT_AT = "grantAt";

    private final RuntimeService runtime;
    private final PublicationProperties properties;

    PublicityPeriodProcess(RuntimeService runtime, PublicationProperties properties) {
        this.runtime = runtime;
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
}
