package org.talentbridge.shared.calendar;

/** A year of the calendar was published: deadlines into it stop being provisional (published inside the transaction). */
public record CalendarYearPublished(int year) {
}
