package org.talentbridge.committee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The random draw of a panel (评审组) from the expert pool, as government committees draw them: a 1:2 draw. Pure
 * and engine-free: the same pool, request and seed always give the same panel, so a stored draw can be replayed.
 * <ol>
 *   <li><b>Eligible</b>: the pool is first put in expert-id order (duplicates dropped), then an expert is eligible
 *       when they are in the panel's series, may judge the target level ({@code maxLevel ≥ targetLevel}) and do not
 *       work for the employer of any applicant of the panel (conflict of interest; an expert without an employer
 *       never conflicts).</li>
 *   <li><b>Enough</b>: twice the panel size must be eligible, and a high-skilled panel needs at least one eligible
 *       high-skilled expert; otherwise the draw is refused naming what is missing.</li>
 *   <li><b>Random order</b>: a Fisher–Yates shuffle of the eligible experts driven by
 *       {@code new SplittableRandom(seed)}.</li>
 *   <li><b>Balanced load</b>: the shuffled list is then stably sorted by {@code priorSeats} (the seats the expert
 *       already holds in panels of the same round): every expert with fewer seats comes before every expert with
 *       more, and chance decides only among experts with the same number of seats.</li>
 *   <li><b>A skill expert on a high-skilled panel</b>: when the first {@code panelSize} of that order hold no
 *       high-skilled expert, the first high-skilled expert further down is moved to the last seat (everyone from
 *       that seat on moves one place down). This is the only place where load balance gives way.</li>
 *   <li><b>1:2</b>: the first {@code 2 × panelSize} of the order are drawn: the first half seated, the second half
 *       the alternates, in order.</li>
 * </ol>
 */
public final class PanelDraw {

    private PanelDraw() {
    }

    /**
     * One expert of the pool as the draw sees them.
     *
     * @param priorSeats the seats this expert already holds in panels of the same round (the load)
     */
    public record Candidate(long expertId, String series, TitleLevel maxLevel, Long employerId, boolean highSkilled,
                            int priorSeats) {
        public Candidate {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(maxLevel, "maxLevel");
        }
    }

    /** What the panel is for: series, target level, group kind, size, the applicants' employers, and the seed. */
    public record Request(String series, TitleLevel targetLevel, boolean highSkilledPanel, int panelSize,
                          Set<Long> applicantEmployerIds, long seed) {
        public Request {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(targetLevel, "targetLevel");
            applicantEmployerIds = Set.copyOf(applicantEmployerIds);
            if (panelSize < 1 || panelSize % 2 == 0) {
                throw new IllegalArgumentException("a panel has an odd number of members: " + panelSize);
            }
        }
    }

    /** The drawn expert ids in order: {@code panelSize} seated, then {@code panelSize} alternates. */
    public record Result(List<Long> drawn, int panelSize) {
        public Result {
            drawn = List.copyOf(drawn);
        }

        public List<Long> seated() {
            return drawn.subList(0, panelSize);
        }

        public List<Long> alternates() {
            return drawn.subList(panelSize, drawn.size());
        }
    }

    /** The next alternate chosen for a replacement, and the alternates passed over before it (no longer eligible). */
    public record Replacement(long replacingExpertId, List<Long> passedOver) {
        public Replacement {
            passedOver = List.copyOf(passedOver);
        }
    }

    /** Whether the expert may sit on the panel: series, level, and no applicant of the panel from their employer. */
    public static boolean mayJudge(Candidate c, String series, TitleLevel targetLevel, Collection<Long> applicantEmployerIds) {
        return c.series().equals(series) && c.maxLevel().compareTo(targetLevel) >= 0
                && (c.employerId() == null || !applicantEmployerIds.contains(c.employerId()));
    }

    /** The eligible experts of the pool in expert-id order (step 1). */
    public static List<Candidate> eligible(Collection<Candidate> pool, Request request) {
        return byId(pool).stream()
                .filter(c -> mayJudge(c, request.series(), request.targetLevel(), request.applicantEmployerIds()))
                .toList();
    }

    /** Draws the panel, or refuses with a {@link InvalidInputException} on {@code committeePool} naming what is missing. */
    public static Result draw(Collection<Candidate> pool, Request request) {
        List<Candidate> sorted = byId(pool);
        List<Candidate> eligible = eligible(sorted, request);
        int needed = 2 * request.panelSize();
        if (eligible.size() < needed) {
            long ofSeriesAndLevel = sorted.stream().filter(c -> c.series().equals(request.series())
                    && c.maxLevel().compareTo(request.targetLevel()) >= 0).count();
            throw InvalidInputException.of("committeePool", "validation.committeePoolTooSmall", needed, eligible.size(),
                    ofSeriesAndLevel, ofSeriesAndLevel - eligible.size());
        }
        if (request.highSkilledPanel() && eligible.stream().noneMatch(Candidate::highSkilled)) {
            throw InvalidInputException.of("committeePool", "validation.committeeNoHighSkilledExpert");
        }
        List<Candidate> order = new ArrayList<>(eligible);
        SplittableRandom random = new SplittableRandom(request.seed());
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Candidate swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        order.sort(Comparator.comparingInt(Candidate::priorSeats)); // stable: chance decides within a load
        int n = request.panelSize();
        if (request.highSkilledPanel() && order.subList(0, n).stream().noneMatch(Candidate::highSkilled)) {
            int first = n;
            while (!order.get(first).highSkilled()) {
                first++;
            }
            order.add(n - 1, order.remove(first));
        }
        return new Result(order.subList(0, needed).stream().map(Candidate::expertId).toList(), n);
    }

    /**
     * The replacement of a seated member: the first alternate, in drawn order, not used yet that still meets the
     * checks (still in the pool — {@code current} holds the active experts as they are now — series, level,
     * conflict of interest, and on a high-skilled panel a high-skilled expert must remain seated). Alternates that
     * fail a check are passed over (and count as used). Refused on {@code expertId} when the expert is not seated,
     * on {@code committeePool} when no alternate is left that meets the checks.
     */
    public static Replacement replacementFor(long leavingExpertId, List<Long> seated, List<Long> unusedAlternates,
                                             Map<Long, Candidate> current, Request request) {
        if (!seated.contains(leavingExpertId)) {
            throw InvalidInputException.of("expertId", "validation.committeeNotSeated");
        }
        boolean highSkilledRemains = seated.stream().filter(id -> id != leavingExpertId)
                .map(current::get).anyMatch(c -> c != null && c.highSkilled());
        List<Long> passedOver = new ArrayList<>();
        for (Long alternate : unusedAlternates) {
            Candidate c = current.get(alternate);
            boolean fits = c != null && mayJudge(c, request.series(), request.targetLevel(), request.applicantEmployerIds())
                    && (!request.highSkilledPanel() || highSkilledRemains || c.highSkilled());
            if (fits) {
                return new Replacement(alternate, passedOver);
            }
            passedOver.add(alternate);
        }
        throw InvalidInputException.of("committeePool", "validation.committeeNoAlternateLeft");
    }

    private static List<Candidate> byId(Collection<Candidate> pool) {
        Map<Long, Candidate> unique = new LinkedHashMap<>();
        pool.stream().sorted(Comparator.comparingLong(Candidate::expertId)).forEach(c -> unique.putIfAbsent(c.expertId(), c));
        return List.copyOf(unique.values());
    }
}
