package org.talentbridge.shared.calendar;

import java.util.List;

/** A year of the calendar: published years are covered, deadlines into any other year are provisional. */
public record CalendarYear(int year, boolean published, List<CalendarDay> days) {
}
