package org.talentbridge.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.talentbridge.committee.PanelDraw.Candidate;
import org.talentbridge.committee.PanelDraw.Request;
import org.talentbridge.committee.PanelDraw.Result;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/** The rules of the panel draw (issue 5, item 2), as properties over random pools (jqwik) and worked examples. */
class PanelDrawProperties {

    private static final String SERIES = "工程技术";

    @Provide
    Arbitrary<List<Candidate>> pools() {
        Arbitrary<Candidate> expert = Combinators.combine(Arbitraries.longs().between(1, 400),
                Arbitraries.of(SERIES, SERIES, SERIES, "实验技术"), Arbitraries.of(TitleLevel.class),
                Arbitraries.longs().between(1, 8).injectNull(0.2), Arbitraries.of(true, false, false),
                Arbitraries.integers().between(0, 3))
                .as(Candidate::new);
        return expert.list().ofMinSize(0).ofMaxSize(60).uniqueElements(Candidate::expertId);
    }

    @Provide
    Arbitrary<Request> requests() {
        return Combinators.combine(Arbitraries.of(TitleLevel.class), Arbitraries.of(true, false),
                Arbitraries.of(1, 3, 5, 7), Arbitraries.longs().between(1, 8).set().ofMaxSize(3), Arbitraries.longs())
                .as((level, high, size, employers, seed) -> new Request(SERIES, level, high, size, employers, seed));
    }

    /** The draw, or null when the pool cannot give the panel (refused). */
    private static Result drawOrNull(List<Candidate> pool, Request request) {
        try {
            return PanelDraw.draw(pool, request);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    @Property
    void drawsTwiceThePanelSizeFirstHalfSeatedNoOneTwice(@ForAll("pools") List<Candidate> pool, @ForAll("requests") Request request) {
        Result result = drawOrNull(pool, request);
        Assume.that(result != null);
        assertThat(result.drawn()).hasSize(2 * request.panelSize()).doesNotHaveDuplicates();
        assertThat(result.seated()).hasSize(request.panelSize()).isEqualTo(result.drawn().subList(0, request.panelSize()));
        assertThat(result.alternates()).hasSize(request.panelSize());
    }

    @Property
    void everyoneDrawnIsOfTheSeriesMayJudgeTheLevelAndIsNotFromAnApplicantsEmployer(@ForAll("pools") List<Candidate> pool,
                                                                                      @ForAll("requests") Request request) {
        Result result = drawOrNull(pool, request);
        Assume.that(result != null);
        Map<Long, Candidate> byId = pool.stream().collect(Collectors.toMap(Candidate::expertId, Function.identity()));
        assertThat(result.drawn()).map(byId::get).allSatisfy(c -> {
            assertThat(c.series()).isEqualTo(SERIES);
            assertThat(c.maxLevel()).isGreaterThanOrEqualTo(request.targetLevel());
            assertThat(c.employerId() == null || !request.applicantEmployerIds().contains(c.employerId())).isTrue();
        });
    }

    @Property
    void refusedExactlyWhenFewerThanTwiceThePanelAreEligibleOrAHighSkilledPanelHasNoSkillExpert(
            @ForAll("pools") List<Candidate> pool, @ForAll("requests") Request request) {
        List<Candidate> eligible = PanelDraw.eligible(pool, request);
        boolean possible = eligible.size() >= 2 * request.panelSize()
                && (!request.highSkilledPanel() || eligible.stream().anyMatch(Candidate::highSkilled));
        assertThat(drawOrNull(pool, request) != null).isEqualTo(possible);
    }

    @Property(maxDiscardRatio = 50) // most generated draws are ordinary panels or refused: keep trying
    void aHighSkilledPanelSeatsAtLeastOneHighSkilledExpert(@ForAll("pools") List<Candidate> pool, @ForAll("requests") Request request) {
        Result result = drawOrNull(pool, request);
        Assume.that(result != null && request.highSkilledPanel());
        Set<Long> highSkilled = pool.stream().filter(Candidate::highSkilled).map(Candidate::expertId).collect(Collectors.toSet());
        assertThat(result.seated()).anyMatch(highSkilled::contains);
    }

    @Property
    void theSameSeedAndInputsGiveTheSamePanelWhateverTheOrderOfThePool(@ForAll("pools") List<Candidate> pool,
                                                                        @ForAll("requests") Request request) {
        Result result = drawOrNull(pool, request);
        Assume.that(result != null);
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(request.seed()));
        assertThat(PanelDraw.draw(shuffled, request)).isEqualTo(result);
        assertThat(PanelDraw.draw(List.copyOf(pool), request)).isEqualTo(result);
    }

    /**
     * Load balance: nobody seated holds more seats in the round than anybody eligible who is not seated — except the
     * one high-skilled expert moved up to the last seat of a high-skilled panel.
     */
    @Property
    void fewerSeatsInTheRoundAreSeatedFirst(@ForAll("pools") List<Candidate> pool, @ForAll("requests") Request request) {
        Result result = drawOrNull(pool, request);
        Assume.that(result != null);
        Map<Long, Candidate> byId = pool.stream().collect(Collectors.toMap(Candidate::expertId, Function.identity()));
        List<Long> seated = new ArrayList<>(result.seated());
        boolean moved = request.highSkilledPanel() && seated.stream().filter(id -> byId.get(id).highSkilled()).count() == 1
                && byId.get(seated.get(seated.size() - 1)).highSkilled();
        if (moved) {
            seated.remove(seated.size() - 1);
        }
        int mostSeated = seated.stream().mapToInt(id -> byId.get(id).priorSeats()).max().orElse(0);
        Set<Long> drawnSeated = new HashSet<>(result.seated());
        assertThat(PanelDraw.eligible(pool, request)).filteredOn(c -> !drawnSeated.contains(c.expertId()))
                .allSatisfy(c -> assertThat(c.priorSeats()).isGreaterThanOrEqualTo(mostSeated));
        // and the alternates follow the same rule among the rest
        int mostAlternate = result.alternates().stream().mapToInt(id -> byId.get(id).priorSeats()).max().orElse(0);
        Set<Long> drawn = new HashSet<>(result.drawn());
        assertThat(PanelDraw.eligible(pool, request)).filteredOn(c -> !drawn.contains(c.expertId()))
                .allSatisfy(c -> assertThat(c.priorSeats()).isGreaterThanOrEqualTo(mostAlternate));
    }

    @Property(tries = 50)
    void differentSeedsGiveDifferentPanelsOfALargePool(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1000) int delta) {
        List<Candidate> pool = LongStream.rangeClosed(1, 40).mapToObj(id -> expert(id, TitleLevel.SENIOR, null, false, 0)).toList();
        Request a = new Request(SERIES, TitleLevel.INTERMEDIATE, false, 7, Set.of(), seed);
        Request b = new Request(SERIES, TitleLevel.INTERMEDIATE, false, 7, Set.of(), seed + delta);
        // 14 of 40 in order: two seeds agreeing would be a 1 in 10^20 event
        assertThat(PanelDraw.draw(pool, a).drawn()).isNotEqualTo(PanelDraw.draw(pool, b).drawn());
    }

    // ---- examples ------------------------------------------------------------------------------------------------

    @Example
    void aPoolOfNineCannotGiveAPanelOfSevenAndTheRefusalSaysHowManyAreMissing() {
        List<Candidate> pool = new ArrayList<>(LongStream.rangeClosed(1, 9).mapToObj(id -> expert(id, TitleLevel.SENIOR, 1L, false, 0)).toList());
        pool.add(expert(10, TitleLevel.SENIOR, 99L, false, 0)); // from an applicant's employer: stands aside
        pool.add(expert(11, TitleLevel.INTERMEDIATE, null, false, 0)); // may not judge senior
        assertThatThrownBy(() -> PanelDraw.draw(pool, new Request(SERIES, TitleLevel.SENIOR, false, 7, Set.of(99L), 1L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems()).containsExactly(
                        new FieldProblem("committeePool", "validation.committeePoolTooSmall", 14, 9, 10L, 1L)));
    }

    @Example
    void aHighSkilledPanelWithoutAnEligibleSkillExpertIsRefused() {
        List<Candidate> pool = new ArrayList<>(LongStream.rangeClosed(1, 6).mapToObj(id -> expert(id, TitleLevel.SENIOR, null, false, 0)).toList());
        pool.add(expert(7, TitleLevel.SENIOR, 5L, true, 0)); // the only skill expert works for an applicant's employer
        assertThatThrownBy(() -> PanelDraw.draw(pool, new Request(SERIES, TitleLevel.INTERMEDIATE, true, 3, Set.of(5L), 1L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems()).extracting(FieldProblem::messageKey)
                        .containsExactly("validation.committeeNoHighSkilledExpert"));
    }

    @Example
    void theOnlySkillExpertIsSeatedOnAHighSkilledPanelEvenWithTheMostSeats() {
        List<Candidate> pool = new ArrayList<>(LongStream.rangeClosed(1, 12).mapToObj(id -> expert(id, TitleLevel.SENIOR, null, false, 0)).toList());
        pool.add(expert(13, TitleLevel.SENIOR, null, true, 5));
        for (long seed = 0; seed < 20; seed++) {
            Result result = PanelDraw.draw(pool, new Request(SERIES, TitleLevel.SENIOR, true, 5, Set.of(), seed));
            assertThat(result.seated()).hasSize(5).endsWith(13L);
        }
    }

    @Example
    void expertsWithoutSeatsInTheRoundAreSeatedBeforeThoseWithSeats() {
        List<Candidate> pool = new ArrayList<>();
        LongStream.rangeClosed(1, 6).forEach(id -> pool.add(expert(id, TitleLevel.SENIOR, null, false, 1)));
        LongStream.rangeClosed(7, 9).forEach(id -> pool.add(expert(id, TitleLevel.SENIOR, null, false, 0)));
        Result result = PanelDraw.draw(pool, new Request(SERIES, TitleLevel.SENIOR, false, 3, Set.of(), 42L));
        assertThat(result.seated()).containsExactlyInAnyOrder(7L, 8L, 9L);
        assertThat(result.alternates()).allMatch(id -> id <= 6);
    }

    @Example
    void replacementTakesTheNextAlternatePassingOverOnesWhoLeftThePoolAndKeepsASkillExpertSeated() {
        Request request = new Request(SERIES, TitleLevel.INTERMEDIATE, true, 3, Set.of(9L), 1L);
        List<Long> seated = List.of(1L, 2L, 3L);
        Map<Long, Candidate> current = Map.of(
                1L, expert(1, TitleLevel.SENIOR, null, true, 0),
                2L, expert(2, TitleLevel.SENIOR, null, false, 0),
                3L, expert(3, TitleLevel.SENIOR, null, false, 0),
                5L, expert(5, TitleLevel.SENIOR, null, false, 0),
                6L, expert(6, TitleLevel.SENIOR, null, true, 0));
        // 4 left the pool: passed over; 5 takes the seat of 2
        assertThat(PanelDraw.replacementFor(2L, seated, List.of(4L, 5L, 6L), current, request))
                .isEqualTo(new PanelDraw.Replacement(5L, List.of(4L)));
        // 1 is the only skill expert seated: 5 is not one, so 6 takes the seat
        assertThat(PanelDraw.replacementFor(1L, seated, List.of(5L, 6L), current, request))
                .isEqualTo(new PanelDraw.Replacement(6L, List.of(5L)));
        assertThatThrownBy(() -> PanelDraw.replacementFor(1L, seated, List.of(5L), current, request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems()).extracting(FieldProblem::messageKey)
                        .containsExactly("validation.committeeNoAlternateLeft"));
        assertThatThrownBy(() -> PanelDraw.replacementFor(5L, seated, List.of(6L), current, request))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getProblems()).extracting(FieldProblem::messageKey)
                        .containsExactly("validation.committeeNotSeated"));
    }

    @Example
    void aPanelHasAnOddNumberOfMembers() {
        assertThatThrownBy(() -> new Request(SERIES, TitleLevel.SENIOR, false, 6, Set.of(), 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void aReplayedDrawIsTheSameDraw() {
        List<Candidate> pool = LongStream.rangeClosed(1, 30).mapToObj(id -> expert(id, TitleLevel.values()[(int) (id % 4)],
                id % 5 == 0 ? null : id % 5, id % 7 == 0, (int) (id % 3))).toList();
        Request request = new Request(SERIES, TitleLevel.INTERMEDIATE, true, 5, Set.of(2L), 20_261_125L);
        assertThat(PanelDraw.draw(pool, request)).isEqualTo(PanelDraw.draw(pool, request));
    }

    private static Candidate expert(long id, TitleLevel level, Long employer, boolean highSkilled, int seats) {
        return new Candidate(id, SERIES, level, employer, highSkilled, seats);
    }
}
