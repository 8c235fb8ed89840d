package org.talentbridge.committee;

import org.talentbridge.shared.validation.RequiredText;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.TitleCaseService;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.DrawRepository.DrawRow;
import org.talentbridge.committee.DrawRepository.ReplacementRow;
import org.talentbridge.employer.EmployerNames;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The panel draw (issue 5, item 2): the committee secretary groups the round's cases (a group larger than a panel can
 * review is split, {@link GroupSplit}), draws panels from the pool ({@link ExpertPoolService}; see {@link PanelDraw}
 * for the rules), replaces a seated member by the next alternate with a reason, confirms, and replays a draw from its
 * seed; administrators may read all of it. Every action is in the audit trail.
 *
 * <p>A little over 300 lines: the draw's input checks, the round's load and the replacement rules read the same draw
 * rows and stay together; the pure rules are {@link PanelDraw}'s and {@link GroupSplit}'s.
 */
@Service
public class CommitteeService {

    private static final String MANAGE = "hasRole('COMMITTEE_SECRETARY')";
    private static final String READ = "hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')";

    private final ExpertRepository experts;
    private final DrawRepository draws;
    private final RoundService rounds;
    private final CatalogService catalog;
    private final InputValidator validator;
    private final AuditLog audit;
    private final CommitteeProperties properties;
    private final TitleCaseService cases;
    private final ExpertViews expertViews;
    private final DrawViews drawViews;
    private final EmployerNames employerNames;
    private final SecureRandom seeds = new SecureRandom();

    CommitteeService(ExpertRepository experts, DrawRepository draws,
                     RoundService rounds, CatalogService catalog, InputValidator validator, AuditLog audit,
                     CommitteeProperties properties, TitleCaseService cases, ExpertViews expertViews,
                     DrawViews drawViews, EmployerNames employerNames) {
        this.employerNames = employerNames;
        this.cases = cases;
        this.expertViews = expertViews;
        this.drawViews = drawViews;
        this.experts = experts;
        this.draws = draws;
        this.rounds = rounds;
        this.catalog = catalog;
        this.validator = validator;
        this.audit = audit;
        this.properties = properties;
    }

    /** The panel size a draw takes unless told otherwise ({@code app.committee.panel-size}). */
    public int defaultPanelSize() {
        return properties.panelSize();
    }

    // ---- draws ---------------------------------------------------------------------------------------------------

    /**
     * Draws a panel for the cases described: 2 × panel size experts from the active pool of the series, with a fresh
     * random seed, stored with the pool as it was (for replay). Refused naming the field when the input is wrong, and
     * on {@code committeePool} when the pool cannot give such a panel.
     */
    @PreAuthorize(MANAGE)
    @Transactional
    public DrawView draw(DrawRequest request) {
        return drawWithSeed(request, seeds.nextLong());
    }

    /** {@link #draw} with a given seed (tests; the screen always takes a fresh one). */
    @PreAuthorize(MANAGE)
    @Transactional
    public DrawView drawWithSeed(DrawRequest request, long seed) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        int panelSize = request.panelSize() == null ? properties.panelSize() : request.panelSize();
        if (!CommitteeProperties.isValidSize(panelSize, properties.maxPanelSize())) {
            problems.add(new FieldProblem("panelSize", "validation.committeePanelSize", CommitteeProperties.MIN_PANEL_SIZE,
                    properties.maxPanelSize()));
        }
        if (request.series() != null && !catalog.seriesNames().contains(request.series())) {
            problems.add(new FieldProblem("series", "validation.unknownSeries"));
        }
        RoundView round = request.roundId() == null ? null : rounds.find(request.roundId()).orElse(null);
        if (request.roundId() != null && round == null) {
            problems.add(new FieldProblem("roundId", "validation.notFound"));
        } else if (round != null && request.series() != null && !round.series().contains(request.series())) {
            problems.add(new FieldProblem("roundId", "validation.committeeRoundSeries"));
        }
        List<String> caseNumbers = request.caseNumbers() == null ? List.of() : request.caseNumbers().stream()
                .map(c -> c == null ? "" : c.strip()).filter(c -> !c.isEmpty()).distinct().toList();
        if (request.caseNumbers() != null && !request.caseNumbers().isEmpty()
                && (caseNumbers.isEmpty() || caseNumbers.size() > properties.maxCasesPerPanel() || caseNumbers.stream().anyMatch(c -> c.length() > 32))) {
            problems.add(new FieldProblem("caseNumbers", "validation.committeeCaseNumbers",
                    properties.maxCasesPerPanel()));
        }
        Set<Long> employerIds = request.applicantEmployerIds() == null ? new HashSet<>() : new HashSet<>(request.applicantEmployerIds());
        // one read for all the employers named (a group of a large round names hundreds)
        if (employerIds.contains(null) || !employerNames.of(employerIds).keySet().containsAll(employerIds)) {
            problems.add(new FieldProblem("applicantEmployerIds", "validation.committeeUnknownEmployer"));
        }
        if (problems.isEmpty()) {
            // the round's real cases named here: they must be of the draw's series and level, and their employers
            // always stand aside (conflict of interest), whatever the form said
            // (read by their numbers: a draw of a large round's panel never reads the whole round)
            for (CaseFacts c : caseNumbers.isEmpty() ? List.<CaseFacts>of() : cases.factsOfRound(round.id(), null, caseNumbers)) {
                if (c.status() == CaseStatus.READY_FOR_COMMITTEE) {
                    if (!request.series().equals(c.series()) || request.targetLevel() != c.targetLevel()) {
                        problems.add(new FieldProblem("caseNumbers", "validation.committeeCaseNotInGroup", c.caseNumber()));
                    }
                    if (c.employerId() != null) {
                        employerIds.add(c.employerId());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        draws.lockRound(round.id());
        Map<Long, Integer> seatsByAccount = seatsByAccount(round.id());
        List<Expert> pool = experts.findBySeriesAndActiveTrue(request.series());
        List<PanelDraw.Candidate> candidates = pool.stream()
                .map(e -> e.candidate(seatsByAccount.getOrDefault(e.getAccountId(), 0))).toList();
        PanelDraw.Request drawRequest = new PanelDraw.Request(request.series(), request.targetLevel(), request.highSkilled(),
                panelSize, employerIds, seed);
        PanelDraw.Result result = PanelDraw.draw(candidates, drawRequest);
        List<Long> sortedEmployers = employerIds.stream().sorted().toList();
        long id = draws.insert(round.id(), request.series(), request.targetLevel(), GroupKind.of(request.highSkilled()),
                panelSize, seed, caseNumbers, sortedEmployers, AuditLog.currentActor());
        draws.insertMembers(id, result.drawn());
        draws.insertCandidates(id, candidates);
        audit.record("committee.drawn", "draw:" + id, "round=" + round.id() + " series=" + request.series() + " level="
                + request.targetLevel() + " group=" + GroupKind.of(request.highSkilled()) + " size=" + panelSize + " seed=" + seed
                + " cases=" + caseNumbers + " employers=" + sortedEmployers + " seated=" + result.seated()
                + " alternates=" + result.alternates());
        return drawViews.of(draws.find(id).orElseThrow());
    }

    /**
     * Replaces a seated member by the next alternate in drawn order that still meets the checks (in the pool, series,
     * level, conflict of interest, a high-skilled expert kept on a high-skilled panel); alternates that do not are
     * passed over and recorded. A reason is required; a confirmed draw takes no more replacements.
     */
    @PreAuthorize(MANAGE)
    @Transactional
    public DrawView replace(long drawId, long expertId, String reason) {
        String why = RequiredText.of(reason, "reason", 1000);
        DrawRow draw = draws.findForUpdate(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound"));
        if (draw.confirmedAt() != null) {
            throw InvalidInputException.of("drawId", "validation.committeeDrawConfirmed");
        }
        List<Long> drawn = draws.members(drawId);
        List<ReplacementRow> replacements = draws.replacements(drawId);
        Set<Long> used = new HashSet<>();
        replacements.forEach(r -> {
            used.add(r.replacingExpertId());
            used.addAll(r.passedOver());
        });
        List<Long> unused = drawn.subList(draw.panelSize(), drawn.size()).stream().filter(a -> !used.contains(a)).toList();
        Map<Long, PanelDraw.Candidate> current = experts.findBySeriesAndActiveTrue(draw.series()).stream()
                .collect(Collectors.toMap(Expert::getId, e -> e.candidate(0)));
        PanelDraw.Replacement replacement = PanelDraw.replacementFor(expertId, seats(draw, drawn, replacements), unused, current,
                request(draw));
        draws.insertReplacement(drawId, expertId, replacement.replacingExpertId(), replacement.passedOver(), why,
                AuditLog.currentActor());
        audit.record("committee.memberReplaced", "draw:" + drawId, "expert " + expertId + " -> " + replacement.replacingExpertId()
                + (replacement.passedOver().isEmpty() ? "" : " passedOver=" + replacement.passedOver()) + ": " + why);
        return drawViews.of(draws.find(drawId).orElseThrow());
    }

    /** Confirms the draw: its panel is final; no more replacements. */
    @PreAuthorize(MANAGE)
    @Transactional
    public DrawView confirm(long drawId) {
        DrawRow draw = draws.findForUpdate(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound"));
        if (draw.confirmedAt() != null || !draws.confirm(drawId, AuditLog.currentActor())) {
            throw InvalidInputException.of("drawId", "validation.committeeDrawConfirmed");
        }
        List<Long> seated = seats(draw, draws.members(drawId), draws.replacements(drawId));
        audit.record("committee.drawConfirmed", "draw:" + drawId, "panel=" + seated);
        return drawViews.of(draws.find(drawId).orElseThrow());
    }

    /** Runs the draw again from its stored seed and the pool as it saw it; the result says whether the order matches. */
    @PreAuthorize(READ)
    @Transactional
    public ReplayResult replay(long drawId) {
        DrawRow draw = draws.find(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound"));
        List<Long> stored = draws.members(drawId);
        List<Long> replayed = PanelDraw.draw(draws.candidates(drawId, draw.series()), request(draw)).drawn();
        ReplayResult result = new ReplayResult(drawId, draw.seed(), stored, replayed);
        audit.record("committee.drawReplayed", "draw:" + drawId, "seed=" + draw.seed() + " matches=" + result.matches());
        return result;
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public DrawView find(long drawId) {
        return drawViews.of(draws.find(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound")));
    }

    /**
     * The round's cases ready for the committee and not yet in one of its panels, grouped by series, target level
     * and route (every pathway T applicant is high-skilled talent: these groups are the separate high-skilled ones);
     * a group of more than {@code app.committee.max-cases-per-panel} cases comes as several ({@link GroupSplit}).
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<CaseGroup> groups(long roundId) {
        Set<String> drawn = draws.ofRound(roundId).stream()
                .flatMap(d -> d.caseNumbers().stream()).collect(java.util.stream.Collectors.toSet());
        Map<List<Object>, List<CaseFacts>> byKey = new java.util.LinkedHashMap<>();
        for (CaseFacts c : cases.factsOfRound(roundId, CaseStatus.READY_FOR_COMMITTEE, null)) {
            if (!drawn.contains(c.caseNumber()) && c.series() != null) {
                byKey.computeIfAbsent(java.util.Arrays.asList(c.series(), c.targetLevel(), c.route()), k -> new ArrayList<>()).add(c);
            }
        }
        // a group larger than a panel can review: several panels, by GroupSplit's rule (never refused)
        return byKey.values().stream()
                .map(g -> g.stream().sorted(java.util.Comparator.comparing(CaseFacts::caseNumber)).toList())
                .flatMap(g -> GroupSplit.split(g, properties.maxCasesPerPanel()).stream())
                .map(g -> new CaseGroup(g.get(0).series(), g.get(0).targetLevel(), g.get(0).route(),
                        true, g.stream().map(CaseFacts::caseNumber).toList(),
                        g.stream().map(CaseFacts::employerId).filter(java.util.Objects::nonNull)
                                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)))).toList();
    }

    /**
     * Draws a panel for every group of the round that has none yet (the intake has closed): one draw per group, each
     * with its own seed, in one transaction; a group whose pool is too small refuses the whole run with its reason.
     */
    @PreAuthorize(MANAGE)
    @Transactional
    public List<DrawView> drawAll(long roundId, Integer panelSize) {
        List<DrawView> drawn = new ArrayList<>();
        for (CaseGroup g : groups(roundId)) {
            drawn.add(draw(new DrawRequest(roundId, g.series(), g.targetLevel(), g.highSkilled(), g.caseNumbers(),
                    g.applicantEmployerIds(), panelSize)));
        }
        return drawn;
    }

    /** The newest draws, of one round or (null) of every round. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<DrawView> recentDraws(Long roundId, int limit) {
        return draws.recent(roundId, Math.max(1, Math.min(limit, 200))).stream().map(drawViews::of).toList();
    }

    // ---- internals -----------------------------------------------------------------------------------------------

    private static PanelDraw.Request request(DrawRow draw) {
        return new PanelDraw.Request(draw.series(), draw.targetLevel(), draw.groupKind() == GroupKind.HIGH_SKILLED,
                draw.panelSize(), new HashSet<>(draw.applicantEmployerIds()), draw.seed());
    }

    /** Who holds each seat now: the drawn seated members, with each replacement applied in order. */
    static List<Long> seats(DrawRow draw, List<Long> drawn, List<ReplacementRow> replacements) {
        return seats(drawn.subList(0, draw.panelSize()), replacements);
    }

    /** {@link #seats(DrawRow, List, List)} from the seated members as drawn. */
    private static List<Long> seats(List<Long> seatedAsDrawn, List<ReplacementRow> replacements) {
        List<Long> seats = new ArrayList<>(seatedAsDrawn);
        for (ReplacementRow r : replacements) {
            int seat = seats.indexOf(r.replacedExpertId());
            if (seat >= 0) {
                seats.set(seat, r.replacingExpertId());
            }
        }
        return seats;
    }

    /**
     * The load: seats each person (account) holds now in the panels of the round, confirmed or not, counted after
     * replacements (a replaced member's seat counts for the alternate who took it). Three queries however many draws
     * the round has had (issue 19 item 3: one query per earlier draw made the k-th draw of a round cost k).
     */
    private Map<Long, Integer> seatsByAccount(long roundId) {
        List<Long> seated = new ArrayList<>();
        Map<Long, List<ReplacementRow>> replacements = draws.replacementsOfRound(roundId);
        draws.seatedAsDrawnOfRound(roundId).forEach((drawId, asDrawn) ->
                seated.addAll(seats(asDrawn, replacements.getOrDefault(drawId, List.of()))));
        Map<Long, Long> accountOf = experts.findAllById(new HashSet<>(seated)).stream()
                .collect(Collectors.toMap(Expert::getId, Expert::getAccountId));
        Map<Long, Integer> load = new HashMap<>();
        seated.forEach(expertId -> load.merge(accountOf.get(expertId), 1, Integer::sum));
        return load;
    }
}
