package org.talentbridge.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;
import org.talentbridge.catalog.SeriesDecisionService;
import org.talentbridge.catalog.SeriesDecisionView;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * A title application's submission (issue 14.3, out of {@link TitleCaseService}, which keeps the public door, its
 * permission and transaction): the series and the round, the frozen profile, the case row and its process instance.
 */
@Service
class TitleCaseSubmission {

    private static final int LOCK_NAMESPACE = 7301;

    private final TitleCaseRepository cases;
    private final ProfileService profiles;
    private final CatalogService catalog;
    private final SeriesDecisionService seriesDecisions;
    private final EmployerService employers;
    private final CurrentUser currentUser;
    private final RuntimeService runtime;
    private final InputValidator validator;
    private final CaseJson json;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final RoundService rounds;
    private final CaseFileService caseFiles;
    private final Clock clock;

    TitleCaseSubmission(TitleCaseRepository cases, ProfileService profiles, CatalogService catalog,
                        SeriesDecisionService seriesDecisions, EmployerService employers, CurrentUser currentUser,
                        RuntimeService runtime, InputValidator validator, CaseJson json, JdbcTemplate jdbc, AuditLog audit,
                        RoundService rounds, CaseFileService caseFiles, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.profiles = profiles;
        this.catalog = catalog;
        this.seriesDecisions = seriesDecisions;
        this.employers = employers;
        this.currentUser = currentUser;
        this.runtime = runtime;
        this.validator = validator;
        this.json = json;
        this.jdbc = jdbc;
        this.audit = audit;
        this.rounds = rounds;
        this.caseFiles = caseFiles;
    }

    /** The case submitted now ({@code created}) or the applicant's running one. */
    record Outcome(TitleCase titleCase, AccountView applicant, boolean created) {
    }

    /** Submissions of one applicant are serialised, so exactly one caller creates the case. */
    Outcome submit(SubmitTitleApplication request) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        String series = problems.stream().anyMatch(p -> p.field().equals("occupationName"))
                ? null : resolveSeries(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RoundView round = resolveRound(request.roundId(), series, request.occupationName());
        AccountView me = currentUser.require();
        // serialise submissions of one applicant; the partial unique index is the last line of defence
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> null, LOCK_NAMESPACE, Math.toIntExact(me.id()));
        Optional<TitleCase> running = cases.findActive(me.id(), round.id(), TitleCaseService.ACTIVE);
        if (running.isPresent()) {
            return new Outcome(running.get(), me, false);
        }
        ProfileSnapshot evidence = profiles.myProfile();
        EmployerView employer = employerOf(evidence);
        String caseNumber = "ZC%d-%06d".formatted(Year.now(clock).getValue(), cases.nextCaseSequence());
        TitleCase c = cases.saveAndFlush(new TitleCase(caseNumber, me.id(), round.id(), request.occupationName().strip(),
                series, request.targetLevel(), json.write(evidence), employer.id()));
        ProcessInstance instance = runtime.startProcessInstanceByKey(TitleApplicationProcess.KEY, caseNumber, Map.of(
                TitleApplicationProcess.VAR_CASE_ID, c.getId(),
                TitleApplicationProcess.VAR_CASE_NUMBER, caseNumber,
                TitleApplicationProcess.VAR_APPLICANT, me.username(),
                TitleApplicationProcess.VAR_TARGET_LEVEL, request.targetLevel().name(),
                TitleApplicationProcess.VAR_SERIES, series == null ? "" : series,
                TitleApplicationProcess.VAR_OCCUPATION, request.occupationName().strip(),
                TitleApplicationProcess.VAR_ROUND_ID, round.id()));
        c.startedAs(instance.getId());
        caseFiles.freeze(caseNumber, me.id()); // the documents go into the case with the evidence (issue 15)
        audit.record("case.submitted", "case:" + caseNumber, request.targetLevel() + " " + request.occupationName());
        return new Outcome(c, me, true);
    }

    /**
     * The round the application goes into: the one named, if it is open today and covers the series; otherwise
     * the open round covering the series that closes first. No such round: a refusal on the round field.
     */
    private RoundView resolveRound(Long roundId, String series, String occupation) {
        LocalDate today = LocalDate.now(clock);
        if (roundId != null) {
            return rounds.find(roundId).filter(r -> r.isOpenOn(today) && r.covers(series))
                    .orElseThrow(() -> InvalidInputException.of("roundId", "validation.roundNotOpen"));
        }
        return rounds.openFor(series, today).stream().findFirst().orElseThrow(() -> InvalidInputException.of("roundId",
                "validation.noOpenRound", series == null ? occupation : series));
    }

    /**
     * Rule T0 at submission: an annex occupation with one series takes it; with two, the applicant must name
     * one of them; an unlisted occupation takes the series the committee secretary decided for it, or has none yet
     * (the secretary decides it after screening).
     */
    private String resolveSeries(SubmitTitleApplication request, List<FieldProblem> problems) {
        Optional<OccupationView> occupation = catalog.findByName(request.occupationName());
        if (occupation.isEmpty()) {
            return seriesDecisions.find(request.occupationName()).map(SeriesDecisionView::series).orElse(null);
        }
        List<String> offered = occupation.get().series();
        String chosen = request.series() == null || request.series().isBlank() ? null : request.series().strip();
        if (offered.size() == 1 && (chosen == null || chosen.equals(offered.get(0)))) {
            return offered.get(0);
        }
        if (chosen != null && offered.contains(chosen)) {
            return chosen;
        }
        problems.add(new FieldProblem("series", chosen == null ? "validation.seriesRequired" : "validation.seriesNotOffered",
                String.join(" / ", offered)));
        return null;
    }

    /** The applicant's employer as registered; not registered: a refusal on the employer field. */
    EmployerView employerOf(ProfileSnapshot evidence) {
        return employers.findByName(evidence.employerName()).orElseThrow(() -> InvalidInputException.of("employerName",
                "validation.employerNotRegistered", evidence.employerName() == null ? "" : evidence.employerName()));
    }
}
