package org.talentbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentbridge.eligibility.WorkYears.Span;

/** The work-year arithmetic of PRODUCT.md's counting rules, as properties (jqwik) and worked examples. */
class WorkYearsProperties {

    private static final LocalDate BASE = LocalDate.of(2010, 1, 1);

    @Provide
    Arbitrary<List<Span>> periods() {
        Arbitrary<Span> span = Combinators.combine(Arbitraries.integers().between(0, 5000), Arbitraries.integers().between(0, 2000),
                Arbitraries.of(true, false)).as((start, length, ongoing) ->
                new Span(BASE.plusDays(start), ongoing ? null : BASE.plusDays(start + length)));
        return span.list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 6000).map(BASE::plusDays);
    }

    @Property
    void theOrderOfThePeriodsDoesNotMatter(@ForAll("periods") List<Span> periods, @ForAll("dates") LocalDate certificate,
                                           @ForAll("dates") LocalDate reference) {
        List<Span> reversed = new ArrayList<>(periods);
        Collections.reverse(reversed);
        List<Span> shuffled = new ArrayList<>(periods);
        Collections.shuffle(shuffled);
        int years = WorkYears.fullYears(periods, certificate, reference);
        assertThat(WorkYears.fullYears(reversed, certificate, reference)).isEqualTo(years);
        assertThat(WorkYears.fullYears(shuffled, certificate, reference)).isEqualTo(years);
    }

    @Property
    void aPeriodGivenTwiceCountsOnce(@ForAll("periods") List<Span> periods, @ForAll("dates") LocalDate certificate,
                                     @ForAll("dates") LocalDate reference) {
        List<Span> twice = new ArrayList<>(periods);
        twice.addAll(periods);
        assertThat(WorkYears.fullYears(twice, certificate, reference)).isEqualTo(WorkYears.fullYears(periods, certificate, reference));
    }

    @Property
    void nothingCountsBeforeTheCertificateOrAfterTheReferenceDate(@ForAll("periods") List<Span> periods,
                                                                  @ForAll("dates") LocalDate certificate,
                                                                  @ForAll("dates") LocalDate reference) {
        int months = WorkYears.fullMonths(periods, certificate.plusDays(1), reference);
        int window = reference.isAfter(certificate)
                ? (int) Period.between(certificate.plusDays(1), reference.plusDays(1)).toTotalMonths() : 0;
        assertThat(months).isBetween(0, Math.max(0, window));
        // adding work outside the window changes nothing
        List<Span> more = new ArrayList<>(periods);
        more.add(new Span(certificate.minusYears(3), certificate));
        more.add(new Span(reference.plusDays(1), null));
        assertThat(WorkYears.fullMonths(more, certificate.plusDays(1), reference)).isEqualTo(months);
    }

    @Property
    void moreTimeNeverMeansFewerYears(@ForAll("periods") List<Span> periods, @ForAll("dates") LocalDate certificate,
                                      @ForAll("dates") LocalDate reference) {
        assertThat(WorkYears.fullYears(periods, certificate, reference.plusDays(40)))
                .isGreaterThanOrEqualTo(WorkYears.fullYears(periods, certificate, reference));
    }

    @Property
    void oneContinuousPeriodCountsItsCalendarMonths(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to) {
        if (to.isBefore(from)) {
            return;
        }
        assertThat(WorkYears.fullMonths(List.of(new Span(from, to)), from, to))
                .isEqualTo((int) Period.between(from, to.plusDays(1)).toTotalMonths());
    }

    @Example
    void theBriefsExample() {
        // certificate 2023-12-31, work from 2024-01-01 ongoing, reference 2025-12-31 -> 2 years
        assertThat(WorkYears.fullYears(List.of(new Span(LocalDate.of(2024, 1, 1), null)), LocalDate.of(2023, 12, 31),
                LocalDate.of(2025, 12, 31))).isEqualTo(2);
        assertThat(WorkYears.fullYears(List.of(new Span(LocalDate.of(2024, 1, 1), null)), LocalDate.of(2023, 12, 31),
                LocalDate.of(2025, 12, 30))).isEqualTo(1);
    }

    @Example
    void overlappingPeriodsMergeAndGapsDoNotCount() {
        List<Span> periods = List.of(new Span(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                new Span(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 5, 31)),   // overlaps: 2020-01 .. 2021-05 = 17 months
                new Span(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));  // after a gap: 6 months
        assertThat(WorkYears.fullMonths(periods, LocalDate.of(2019, 1, 1), LocalDate.of(2030, 1, 1))).isEqualTo(23);
    }

    @Example
    void theWorkDayOfTheCertificateItselfDoesNotCount() {
        List<Span> periods = List.of(new Span(LocalDate.of(2020, 1, 1), null));
        // certificate on 2020-01-01: counting starts 2020-01-02; a full year is reached on 2021-01-01
        assertThat(WorkYears.fullYears(periods, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).isZero();
        assertThat(WorkYears.fullYears(periods, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))).isEqualTo(1);
    }

    @Property
    void splittingAPeriodIntoTwoTouchingOnesChangesNothing(@ForAll("dates") LocalDate from, @ForAll("dates") LocalDate to,
                                                           @ForAll("dates") LocalDate split, @ForAll("dates") LocalDate certificate,
                                                           @ForAll("dates") LocalDate reference) {
        if (to.isBefore(from) || split.isBefore(from) || !split.isBefore(to)) {
            return;
        }
        // a job change: the first job ends on `split`, the next starts the day after
        List<Span> changed = List.of(new Span(from, split), new Span(split.plusDays(1), to));
        assertThat(WorkYears.fullMonths(changed, certificate.plusDays(1), reference))
                .isEqualTo(WorkYears.fullMonths(List.of(new Span(from, to)), certificate.plusDays(1), reference));
    }

    @Example
    void touchingPeriodsAreContinuousWork_aTechnicianCertified20231231Has3FullYearsOn20261231() {
        // issue 12.3: 2024-01-01…2024-06-15 and 2024-06-16…ongoing were counted as 5 + 30 months
        List<Span> jobChange = List.of(new Span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 15)),
                new Span(LocalDate.of(2024, 6, 16), null));
        assertThat(WorkYears.fullMonths(jobChange, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(36);
        assertThat(WorkYears.fullYears(jobChange, LocalDate.of(2023, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(3);
        assertThat(WorkYears.fullYears(jobChange, LocalDate.of(2023, 12, 31), LocalDate.of(2026, 12, 30))).isEqualTo(2);
    }

    @Example
    void aOneDayGapBetweenPeriodsIsNotContinuousWork() {
        // the next job starts two days after the first ends: 2024-06-16 is not worked
        List<Span> withGap = List.of(new Span(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 15)),
                new Span(LocalDate.of(2024, 6, 17), null));
        assertThat(WorkYears.fullMonths(withGap, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).isEqualTo(5 + 30);
        assertThat(WorkYears.fullYears(withGap, LocalDate.of(2023, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(2);
    }
}
