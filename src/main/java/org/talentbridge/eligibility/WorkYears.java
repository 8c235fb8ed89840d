package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The counting rule of PRODUCT.md for "years of technical-skill work after the certificate": clip each
 * period ({@code to} inclusive, null = ongoing) to [day after the certificate … reference date], merge the
 * periods that overlap or touch (one ends the day before the next starts: a job change from one day to the next
 * is continuous work; a gap of one day or more is not), add up the whole months of each merged span
 * ({@code Period.between(from, to + 1 day)}) and divide by 12, rounding down.
 */
public final class WorkYears {

    /** A period of work, both ends inclusive; {@code to} null while it goes on. */
    public record Span(LocalDate from, LocalDate to) {
    }

    private WorkYears() {
    }

    public static int fullYears(List<Span> periods, LocalDate certificateObtainedOn, LocalDate referenceDate) {
        return fullMonths(periods, certificateObtainedOn.plusDays(1), referenceDate) / 12;
    }

    /** Whole months of work inside [start … end], overlapping periods counted once, touching periods as one. */
    public static int fullMonths(List<Span> periods, LocalDate start, LocalDate end) {
        List<Span> clipped = new ArrayList<>();
        for (Span p : periods) {
            LocalDate from = p.from().isBefore(start) ? start : p.from();
            LocalDate to = p.to() == null || p.to().isAfter(end) ? end : p.to();
            if (!from.isAfter(to)) {
                clipped.add(new Span(from, to));
            }
        }
        clipped.sort(Comparator.comparing(Span::from));
        int months = 0;
        Span current = null;
        for (Span s : clipped) {
            if (current != null && !s.from().isAfter(current.to().plusDays(1))) { // overlapping or touching
                current = new Span(current.from(), s.to().isAfter(current.to()) ? s.to() : current.to());
            } else {
                if (current != null) {
                    months += wholeMonths(current);
                }
                current = s;
            }
        }
        return current == null ? months : months + wholeMonths(current);
    }

    /** Whether some period covers {@code day}. */
    public static boolean covers(List<Span> periods, LocalDate day) {
        return periods.stream().anyMatch(p -> !p.from().isAfter(day) && (p.to() == null || !p.to().isBefore(day)));
    }

    private static int wholeMonths(Span s) {
        return (int) Period.between(s.from(), s.to().plusDays(1)).toTotalMonths();
    }
}
