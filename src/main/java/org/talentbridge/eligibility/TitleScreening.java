package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;
import org.talentbridge.catalog.SeriesDecisionService;
import org.talentbridge.catalog.SeriesDecisionView;
import org.talentbridge.eligibility.TitleScreeningRequest.Assessment;
import org.talentbridge.eligibility.TitleScreeningRequest.HeldSkillLevel;
import org.talentbridge.eligibility.WorkYears.Span;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Pathway T screening (rules T0-T4 of PRODUCT.md). The tables a policy officer changes are DMN
 * ({@link DecisionTables}); counting years, the assessment window and "related" occupations is Java.
 */
@Service
public class TitleScreening {

    public static final String STANDARD = "STANDARD";
    public static final String GREEN_CHANNEL = "GREEN_CHANNEL";

    private final DecisionTables tables;
    private final CatalogService catalog;
    private final IntegrityFile integrity;
    private final SeriesDecisionService seriesDecisions;

    TitleScreening(DecisionTables tables, CatalogService catalog, IntegrityFile integrity, SeriesDecisionService seriesDecisions) {
        this.seriesDecisions = seriesDecisions;
        this.tables = tables;
        this.catalog = catalog;
        this.integrity = integrity;
    }

    /** Screens under the version in force for the request's reference date (see {@link DecisionTables}). */
    public TitleScreeningResult screen(TitleScreeningRequest request) {
        checkInput(request);
        return screen(request, tables.inForceOn(request.referenceDate()));
    }

    /** Screens a case of a round: under the round's pinned version, else the one in force by date. */
    public TitleScreeningResult screenForRound(TitleScreeningRequest request, Long roundId) {
        checkInput(request);
        return screen(request, tables.forRound(roundId, request.referenceDate()));
    }

    /** Screens under the given version (a named one, a draft in the regression gate or a what-if). */
    public TitleScreeningResult screen(TitleScreeningRequest request, DecisionTables.InForce rules) {
        checkInput(request);
        List<Check> checks = new ArrayList<>();
        LocalDate ref = request.referenceDate();
        Series series = series(request, checks);
        Predicate<String> related = relatedTo(request.occupation().strip(), series.name());
        boolean basic = basicConditions(request, rules, checks);
        Reach reach = new Reach();
        standardRoute(request, rules, series.name(), related, reach, checks);
        greenChannel(request, rules, reach, checks);
        boolean withinReach = target(request, reach.max, checks);
        boolean eligible = basic && withinReach;
        return new TitleScreeningResult(eligible, reach.max, reach.route, series.name(), series.needsDecision(),
                List.copyOf(checks), rules.versions(), rules.rulesVersion(), reach.openingRule);
    }

    private record Series(String name, boolean needsDecision) {
    }

    /** The highest level a route opens so far, the route and the rule that opened it. */
    private static final class Reach {
        TitleLevel max;
        String route;
        String openingRule;

        void offer(TitleLevel opens, String byRoute, String ruleId) {
            if (max == null || opens.compareTo(max) > 0) { // a tie keeps the route found first (STANDARD)
                max = opens;
                route = byRoute;
                openingRule = ruleId;
            }
        }
    }

    // T0: the series
    private Series series(TitleScreeningRequest request, List<Check> checks) {
        Optional<OccupationView> row = catalog.findByName(request.occupation());
        Optional<SeriesDecisionView> decided = row.isPresent() ? Optional.empty() : seriesDecisions.find(request.occupation());
        String series = decided.isPresent() ? decidedSeries(decided.get(), request.series()) : resolveSeries(row, request.series());
        boolean needsSeriesDecision = row.isEmpty() && decided.isEmpty();
        if (needsSeriesDecision) {
            checks.add(Check.pending("T0", "screening.T0.unlisted", request.occupation().strip()));
        } else if (decided.isPresent()) {
            checks.add(Check.met("T0", "screening.T0.decided", request.occupation().strip(), series,
                    decided.get().decidedAt().toLocalDate().toString()));
        } else {
            checks.add(Check.met("T0", "screening.T0.met", request.occupation().strip(), series));
        }
        return new Series(series, needsSeriesDecision);
    }

    // T1: ethics, annual assessments, integrity file
    private boolean basicConditions(TitleScreeningRequest request, DecisionTables.InForce rules, List<Check> checks) {
        boolean basic = true;
        if (Boolean.TRUE.equals(request.ethicsDeclaration())) {
            checks.add(Check.met("T1", "screening.T1.ethics.met"));
        } else {
            checks.add(Check.notMet("T1", "screening.T1.ethics.notMet"));
            basic = false;
        }
        int year = request.referenceDate().getYear();
        for (int y = year - 3; y <= year - 1; y++) {
            int wanted = y;
            Optional<Assessment> found = request.annualAssessments().stream().filter(a -> a.year() == wanted).findFirst();
            if (found.isEmpty()) {
                checks.add(Check.notMet("T1", "screening.T1.assessment.missing", y));
                basic = false;
                continue;
            }
            String result = found.get().result().name();
            boolean counts = rules.evaluate(DecisionTables.ANNUAL_ASSESSMENT, Map.of("result", result))
                    .map(o -> Boolean.TRUE.equals(o.get("counts"))).orElse(false);
            if (counts) {
                checks.add(Check.met("T1", "screening.T1.assessment.met", y, Check.label("assessment." + result)));
            } else {
                checks.add(Check.notMet("T1", "screening.T1.assessment.notMet", y, Check.label("assessment." + result)));
                basic = false;
            }
        }
        if (request.idNumber() != null && !request.idNumber().isBlank()) {
            if (integrity.hasActiveEntry(request.idNumber(), request.referenceDate())) {
                checks.add(Check.notMet("T1", "screening.T1.integrity.notMet"));
                basic = false;
            } else {
                checks.add(Check.met("T1", "screening.T1.integrity.met"));
            }
        }
        return basic;
    }

    // T2: skill level + years (or current related work) after the certificate
    private void standardRoute(TitleScreeningRequest request, DecisionTables.InForce rules, String series,
                               Predicate<String> related, Reach reach, List<Check> checks) {
        LocalDate ref = request.referenceDate();
        // years: every technical-skill work period after a related certificate (policy text: 获得相关职业（工种）…后，
        // 从事技术技能工作满 N 年; the API's counting rule takes "the technical-skill work periods" likewise);
        // T2.4's current work must be in a related field
        List<Span> work = request.workPeriods().stream().filter(w -> Boolean.TRUE.equals(w.technicalSkillWork()))
                .map(w -> new Span(w.from(), w.to())).toList();
        List<Span> relatedWork = request.workPeriods().stream()
                .filter(w -> Boolean.TRUE.equals(w.technicalSkillWork()) && related.test(w.occupation().strip()))
                .map(w -> new Span(w.from(), w.to())).toList();
        if (request.skillLevels().isEmpty() && request.awards().isEmpty()) {
            checks.add(Check.notMet("T2", "screening.T2.none"));
        }
        for (HeldSkillLevel held : request.skillLevels()) {
            Optional<Map<String, Object>> rule = rules.evaluate(DecisionTables.TITLE_STANDARD_ROUTE,
                    Map.of("skillLevel", held.level().name()));
            if (rule.isEmpty()) {
                continue;
            }
            String ruleId = (String) rule.get().get("ruleId");
            TitleLevel opens = TitleLevel.valueOf((String) rule.get().get("titleLevel"));
            String level = Check.label("skillLevel." + held.level().name());
            String date = held.obtainedOn().toString();
            if (!related.test(held.occupation().strip())) {
                checks.add(Check.notMet(ruleId, "screening.T2.otherSeries", level, held.occupation().strip(), date,
                        series == null ? request.occupation().strip() : series));
                continue;
            }
            if (held.obtainedOn().isAfter(ref)) {
                checks.add(Check.notMet(ruleId, "screening.T2.afterReference", level, held.occupation().strip(), date));
                continue;
            }
            boolean met;
            if (Boolean.TRUE.equals(rule.get().get("requiresCurrentWork"))) {
                met = WorkYears.covers(relatedWork, ref);
                checks.add(met ? Check.met(ruleId, "screening.T2.current.met", level, date, Check.label(opens.messageKey()))
                        : Check.notMet(ruleId, "screening.T2.current.notMet", level, date, Check.label(opens.messageKey()), ref));
            } else {
                int required = ((Number) rule.get().get("requiredYears")).intValue();
                int years = WorkYears.fullYears(work, held.obtainedOn(), ref);
                met = years >= required;
                checks.add(met ? Check.met(ruleId, "screening.T2.years.met", level, date, years, required, Check.label(opens.messageKey()))
                        : Check.notMet(ruleId, "screening.T2.years.notMet", level, date, years, required, Check.label(opens.messageKey())));
            }
            if (met) {
                reach.offer(opens, STANDARD, ruleId);
            }
        }
    }

    // T3: green channel by award
    private static void greenChannel(TitleScreeningRequest request, DecisionTables.InForce rules, Reach reach, List<Check> checks) {
        for (Award award : request.awards().isEmpty() ? EnumSet.noneOf(Award.class) : EnumSet.copyOf(request.awards())) {
            Optional<Map<String, Object>> rule = rules.evaluate(DecisionTables.TITLE_GREEN_CHANNEL, Map.of("award", award.name()));
            if (rule.isEmpty()) {
                continue;
            }
            String ruleId = (String) rule.get().get("ruleId");
            TitleLevel opens = TitleLevel.valueOf((String) rule.get().get("titleLevel"));
            checks.add(Check.met(ruleId, "screening.T3.met", Check.label(award.messageKey()), Check.label(opens.messageKey())));
            reach.offer(opens, GREEN_CHANNEL, ruleId);
        }
    }

    // T4: the target against the highest level any route opens
    private static boolean target(TitleScreeningRequest request, TitleLevel max, List<Check> checks) {
        boolean withinReach = max != null && request.targetLevel().compareTo(max) <= 0;
        String target = Check.label(request.targetLevel().messageKey());
        if (max == null) {
            checks.add(Check.notMet("T4", "screening.T4.noRoute", target));
        } else if (withinReach) {
            checks.add(Check.met("T4", "screening.T4.met", target, Check.label(max.messageKey())));
        } else {
            checks.add(Check.notMet("T4", "screening.T4.notMet", target, Check.label(max.messageKey())));
        }
        return withinReach;
    }

    /** T0 for an unlisted occupation whose series the committee secretary has decided: that series, no other. */
    private static String decidedSeries(SeriesDecisionView decision, String series) {
        String chosen = series == null || series.isBlank() ? null : series.strip();
        if (chosen != null && !chosen.equals(decision.series())) {
            throw InvalidInputException.of("series", "validation.seriesNotOffered", decision.series());
        }
        return decision.series();
    }

    /**
     * T0: one annex series is taken as it is; of two the request must name one; an unlisted occupation has
     * none yet. A series that the annex does not give for the occupation is refused as input (400).
     */
    public String resolveSeries(String occupation, String series) {
        return resolveSeries(catalog.findByName(occupation), series);
    }

    private static String resolveSeries(Optional<OccupationView> row, String series) {
        if (row.isEmpty()) {
            return null;
        }
        List<String> offered = row.get().series();
        String chosen = series == null || series.isBlank() ? null : series.strip();
        if (chosen == null && offered.size() == 1) {
            return offered.get(0);
        }
        if (chosen != null && offered.contains(chosen)) {
            return chosen;
        }
        throw InvalidInputException.of("series", chosen == null ? "validation.seriesRequired" : "validation.seriesNotOffered",
                String.join(" / ", offered));
    }

    /**
     * Counting rule: an occupation is related when the annex maps it to the application's series (for a
     * two-series row, to either); for an unlisted application occupation only that same occupation counts.
     */
    private Predicate<String> relatedTo(String occupation, String series) {
        if (series == null) {
            return occupation::equals;
        }
        return name -> name.equals(occupation)
                || catalog.findByName(name).map(o -> o.series().contains(series)).orElse(false);
    }

    /** Input the annotations cannot express: a period that ends before it starts, one year given twice. */
    private static void checkInput(TitleScreeningRequest request) {
        List<FieldProblem> problems = new ArrayList<>(TitleScreeningRequest.Work.endingBeforeStart(request.workPeriods()));
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < request.annualAssessments().size(); i++) {
            Integer y = request.annualAssessments().get(i).year();
            if (y != null && !years.add(y)) {
                problems.add(new FieldProblem("annualAssessments[" + i + "].year", "validation.assessmentYearTaken", y));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
