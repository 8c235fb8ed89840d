package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;
import org.talentbridge.eligibility.DecisionTables.DecisionVersion;
import org.talentbridge.eligibility.WorkYears.Span;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Pathway S screening (rules S1-S4 of PRODUCT.md): the skill level a title opens (S1, a DMN table), the
 * promotion one full year after a skill level in the same occupation (S2, counted to the day), the refusal of a
 * level already held (S2: the same occupation, the same or a higher level, naming the certificate), the
 * chief-technician rule (a special technician in the same occupation), the theory-exam exemption (S3) and the
 * evaluation channels (S4).
 */
@Service
public class SkillScreening {

    public static final String EMPLOYER = "EMPLOYER";
    public static final String SOCIAL_ORGANISATION = "SOCIAL_ORGANISATION";
    public static final String REGISTERED_APPRAISAL_INSTITUTION = "REGISTERED_APPRAISAL_INSTITUTION";

    private final DecisionTables tables;
    private final CatalogService catalog;
    private final IntegrityFile integrity;

    SkillScreening(DecisionTables tables, CatalogService catalog, IntegrityFile integrity) {
        this.tables = tables;
        this.catalog = catalog;
        this.integrity = integrity;
    }

    /** Screens under the version in force for the reference date (today when none is given). */
    public SkillScreeningResult screen(SkillScreeningRequest request) {
        return screen(request, tables.inForceOn(request.referenceDate() == null ? tables.today() : request.referenceDate()));
    }

    /** Screens under the given version (a named one, or a draft in the regression gate or a what-if). */
    public SkillScreeningResult screen(SkillScreeningRequest request, DecisionTables.InForce rules) {
        checkInput(request);
        List<DecisionVersion> decisions = rules.versions();
        LocalDate ref = request.referenceDate() == null ? tables.today() : request.referenceDate();
        String occupation = request.occupation().strip();
        Predicate<String> related = relatedTo(occupation);
        List<Check> checks = new ArrayList<>();
        SkillLevel highest = null;

        // S1: working in the occupation or a related one now
        boolean working = WorkYears.covers(request.workPeriods().stream().filter(w -> related.test(w.occupation().strip()))
                .map(w -> new Span(w.from(), w.to())).toList(), ref);
        checks.add(working ? Check.met("S1", "screening.S1.work.met", occupation)
                : Check.notMet("S1", "screening.S1.work.notMet", occupation, ref));

        // S1: the skill level each title opens, when the title's series is one the annex gives the occupation
        // (相应职业（工种）); for an occupation the annex does not list, the series cannot be checked here
        List<String> occupationSeries = catalog.findByName(occupation).map(OccupationView::series).orElse(List.of());
        for (SkillScreeningRequest.HeldTitle title : request.titles()) {
            Optional<Map<String, Object>> rule = rules.evaluate(DecisionTables.SKILL_FROM_TITLE,
                    Map.of("titleLevel", title.level().name()));
            if (rule.isEmpty()) {
                continue;
            }
            String ruleId = (String) rule.get().get("ruleId");
            String titleLabel = Check.label(title.level().messageKey());
            if (title.obtainedOn().isAfter(ref)) {
                checks.add(Check.notCounted(ruleId, "screening.S1.title.afterReference", titleLabel, title.obtainedOn()));
                continue;
            }
            if (!occupationSeries.isEmpty() && !occupationSeries.contains(title.series().strip())) {
                checks.add(Check.notCounted(ruleId, "screening.S1.title.otherSeries", titleLabel, title.series().strip(), occupation,
                        String.join(" / ", occupationSeries)));
                continue;
            }
            SkillLevel opens = SkillLevel.valueOf((String) rule.get().get("skillLevel"));
            checks.add(Check.met(ruleId, "screening.S1.title.met",
                    Check.label(title.level().messageKey()), title.series(), title.obtainedOn(), Check.label(opens.messageKey())));
            highest = higher(highest, opens);
        }

        // S2: a level already held in this occupation (the same or a higher one) is never applied for again
        String target = Check.label(request.targetLevel().messageKey());
        boolean alreadyHeld = false;
        for (TitleScreeningRequest.HeldSkillLevel held : request.skillLevels()) {
            if (held.occupation().strip().equals(occupation) && held.level().compareTo(request.targetLevel()) >= 0) {
                alreadyHeld = true;
                String number = held.certificateNumber() == null || held.certificateNumber().isBlank() ? null
                        : held.certificateNumber().strip();
                String heldLabel = Check.label(held.level().messageKey());
                checks.add(number == null
                        ? Check.notMet("S2", "screening.S2.alreadyHeldUnnumbered", heldLabel, occupation, held.obtainedOn(), target)
                        : Check.notMet("S2", "screening.S2.alreadyHeld", heldLabel, occupation, number, held.obtainedOn(), target));
            }
        }

        // S2: one full year after a skill level, the next level in the same occupation (相应职业（工种）晋级评价);
        // a level held in another occupation, even of the same series, opens no promotion
        boolean holdsSpecial = false;
        for (TitleScreeningRequest.HeldSkillLevel held : request.skillLevels()) {
            String heldLabel = Check.label(held.level().messageKey());
            if (!held.occupation().strip().equals(occupation)) {
                checks.add(Check.notCounted("S2", "screening.S2.notSameOccupation", heldLabel, held.occupation().strip(), occupation));
                continue;
            }
            if (held.obtainedOn().isAfter(ref)) {
                checks.add(Check.notCounted("S2", "screening.S2.afterReference", heldLabel, held.obtainedOn()));
                continue;
            }
            holdsSpecial |= held.level() == SkillLevel.SPECIAL_TECHNICIAN || held.level() == SkillLevel.CHIEF_TECHNICIAN;
            if (held.level().ordinal() + 1 >= SkillLevel.values().length) {
                continue;
            }
            SkillLevel next = SkillLevel.values()[held.level().ordinal() + 1];
            LocalDate from = held.obtainedOn().plusYears(1);
            String level = Check.label(held.level().messageKey());
            if (ref.isBefore(from)) {
                checks.add(Check.notCounted("S2", "screening.S2.notYet", level, held.obtainedOn(), Check.label(next.messageKey()), from));
            } else {
                checks.add(Check.met("S2", "screening.S2.met", level, held.obtainedOn(), Check.label(next.messageKey()), from));
                highest = higher(highest, next);
            }
        }

        boolean chiefOk = true;
        if (request.targetLevel() == SkillLevel.CHIEF_TECHNICIAN) {
            chiefOk = holdsSpecial;
            checks.add(chiefOk ? Check.met("S1", "screening.S1.chief.met") : Check.notMet("S1", "screening.S1.chief.notMet"));
        }
        boolean withinReach = highest != null && request.targetLevel().compareTo(highest) <= 0;
        if (highest == null) {
            checks.add(Check.notMet("S1", "screening.S.noRoute", target));
        } else {
            checks.add(withinReach ? Check.met("S1", "screening.S.target.met", target, Check.label(highest.messageKey()))
                    : Check.notMet("S1", "screening.S.target.notMet", target, Check.label(highest.messageKey())));
        }

        boolean clean = true;
        if (request.idNumber() != null && !request.idNumber().isBlank()) {
            clean = !integrity.hasActiveEntry(request.idNumber(), ref);
            checks.add(clean ? Check.met("I", "screening.T1.integrity.met") : Check.notMet("I", "screening.T1.integrity.notMet"));
        }

        // S3: operational assessment always; theory exam unless a related-major degree
        boolean exempt = Boolean.TRUE.equals(request.relatedMajorDegree());
        checks.add(Check.met("S3", exempt ? "screening.S3.exempt" : "screening.S3.theory"));

        // S4: channels
        List<String> channels;
        if (Boolean.TRUE.equals(request.accessTypeQualification())) {
            channels = List.of(REGISTERED_APPRAISAL_INSTITUTION);
            checks.add(Check.met("S4", "screening.S4.accessType"));
        } else if (Boolean.TRUE.equals(request.employerAccredited())) {
            channels = List.of(EMPLOYER, SOCIAL_ORGANISATION);
            checks.add(Check.met("S4", "screening.S4.employer"));
        } else {
            channels = List.of(SOCIAL_ORGANISATION);
            checks.add(Check.met("S4", "screening.S4.social"));
        }
        boolean eligible = working && withinReach && chiefOk && clean && !alreadyHeld;
        return new SkillScreeningResult(eligible, highest, exempt, channels, List.copyOf(checks), decisions,
                rules.rulesVersion());
    }

    private static SkillLevel higher(SkillLevel a, SkillLevel b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /** The occupation itself, or one the annex maps to a series the target occupation also maps to. */
    private Predicate<String> relatedTo(String occupation) {
        List<String> series = catalog.findByName(occupation).map(OccupationView::series).orElse(List.of());
        return name -> name.equals(occupation) || (!series.isEmpty() && catalog.findByName(name)
                .map(o -> o.series().stream().anyMatch(series::contains)).orElse(false));
    }

    private static void checkInput(SkillScreeningRequest request) {
        List<FieldProblem> problems = TitleScreeningRequest.Work.endingBeforeStart(request.workPeriods());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
