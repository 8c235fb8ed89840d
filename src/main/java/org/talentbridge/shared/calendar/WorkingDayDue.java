package org.talentbridge.shared.calendar;

import java.time.LocalDate;

/** A deadline counted in working days; provisional when it runs into a year the calendar does not cover yet. */
public record WorkingDayDue(LocalDate date, boolean provisional) {
}
