package org.talentbridge.shared.calendar;

import java.time.LocalDate;

/** One listed day of a year: a public holiday on a weekday, or a weekend day made a working day (调休). */
public record CalendarDay(LocalDate day, Kind kind) {

    public enum Kind { HOLIDAY, WORKING }
}
