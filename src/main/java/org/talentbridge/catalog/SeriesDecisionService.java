package org.talentbridge.catalog;

import org.talentbridge.shared.validation.RequiredText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Rule T0 for occupations the annex does not list (annex note: 对应关系表中未列明的职业和新职业, 由评委会办公室确定):
 * the committee secretary decides the series once; the decision is recorded and every later case and screening
 * of the same occupation uses it.
 */
@Service
public class SeriesDecisionService {

    static final int REASON_MAX = 1000;
    private static final int LOCK_NAMESPACE = 7302;

    private final SeriesDecisionRepository decisions;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    SeriesDecisionService(SeriesDecisionRepository decisions, CatalogService catalog, AuditLog audit, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.catalog = catalog;
        this.audit = audit;
    }

    /** The recorded decision for an occupation the annex does not list, if the secretary has made one. */
    @Transactional(readOnly = true)
    public Optional<SeriesDecisionView> find(String occupationName) {
        if (occupationName == null || occupationName.isBlank()) {
            return Optional.empty();
        }
        return decisions.findByOccupationName(occupationName.strip()).map(SeriesDecision::view);
    }

    /**
     * Records the series of an unlisted occupation. Deciding again with the same series returns the recorded
     * decision (two secretaries, one answer); a different series for a decided occupation is refused, as is an
     * occupation the annex lists (its series is the annex's).
     */
    @PreAuthorize("hasRole('COMMITTEE_SECRETARY')")
    @Transactional
    public SeriesDecisionView decide(String occupationName, String series, String reason, String caseNumber) {
        List<FieldProblem> problems = new ArrayList<>();
        String occupation = occupationName == null ? "" : occupationName.strip();
        String chosen = series == null ? "" : series.strip();
        String why = reason == null ? "" : reason.strip();
        if (occupation.isEmpty()) {
            problems.add(new FieldProblem("occupationName", "validation.required"));
        } else if (catalog.findByName(occupation).isPresent()) {
            problems.add(new FieldProblem("occupationName", "validation.occupationListed"));
        }
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("series", "validation.required"));
        } else if (!catalog.seriesNames().contains(chosen)) {
            problems.add(new FieldProblem("series", "validation.seriesUnknown"));
        }
        RequiredText.check(why, "reason", REASON_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // two secretaries deciding the same occupation at once: the second waits here and then finds the first
        jdbc.query("select pg_advisory_xact_lock(?, hashtext(?))", rs -> null, LOCK_NAMESPACE, occupation);
        Optional<SeriesDecision> earlier = decisions.findByOccupationName(occupation);
        if (earlier.isPresent()) {
            SeriesDecisionView recorded = earlier.get().view();
            if (recorded.series().equals(chosen)) {
                return recorded;
            }
            throw InvalidInputException.of("series", "validation.seriesAlreadyDecided", recorded.series());
        }
        SeriesDecision saved = decisions.saveAndFlush(new SeriesDecision(occupation, chosen, why, AuditLog.currentActor(), caseNumber));
        audit.record("series.decided", caseNumber == null ? "occupation:" + occupation : "case:" + caseNumber,
                occupation + " → " + chosen + ": " + why);
        return saved.view();
    }

    /** Every decision, newest first (a short list: one row per unlisted occupation). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SeriesDecisionView> all() {
        return decisions.findAllByOrderByDecidedAtDesc().stream().map(SeriesDecision::view).toList();
    }
}
