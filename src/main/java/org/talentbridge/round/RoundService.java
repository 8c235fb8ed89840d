package org.talentbridge.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/** Evaluation rounds: ADMIN creates them; applications go into an open round that covers their series. */
@Service
public class RoundService {

    private final EvaluationRoundRepository rounds;
    private final CatalogService catalog;
    private final InputValidator validator;
    private final AuditLog audit;
    private final Map<Long, RoundView> byId = new ConcurrentHashMap<>();

    RoundService(EvaluationRoundRepository rounds, CatalogService catalog, InputValidator validator, AuditLog audit) {
        this.rounds = rounds;
        this.catalog = catalog;
        this.validator = validator;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoundView create(RoundRequest request) {
        return createAs(request, AuditLog.currentActor());
    }

    /** A share n/d of the panel may be at most the whole panel, d at most 100 (blank: the default). */
    private static boolean shareAtMostWhole(String share) {
        if (share == null || share.isBlank()) {
            return true;
        }
        String[] parts = share.strip().split("/");
        return parts.length == 2 && Integer.parseInt(parts[0]) <= Integer.parseInt(parts[1]) && Integer.parseInt(parts[1]) <= 100;
    }

    /** For the demo data set at start (no signed-in user). */
    @Transactional
    public RoundView createAs(RoundRequest request, String createdBy) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        if (request.intakeOpens() != null && request.intakeCloses() != null && request.intakeCloses().isBefore(request.intakeOpens())) {
            problems.add(new FieldProblem("intakeCloses", "validation.endBeforeStart"));
        }
        if (request.series() != null && !catalog.seriesNames().containsAll(request.series())) {
            problems.add(new FieldProblem("series", "validation.unknownSeries"));
        }
        if (request.name() != null && !request.name().isBlank() && rounds.existsByName(request.name().strip())) {
            problems.add(new FieldProblem("name", "validation.roundNameTaken"));
        }
        for (String[] share : new String[][] {{"voteQuorum", request.voteQuorum()}, {"votePass", request.votePass()}}) {
            if (problems.stream().noneMatch(p -> p.field().equals(share[0])) && !shareAtMostWhole(share[1])) {
                problems.add(new FieldProblem(share[0], "validation.share"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EvaluationRound saved = rounds.save(new EvaluationRound(request, createdBy));
        audit.record("round.created", "round:" + saved.view().id(), request.name() + " " + request.series());
        return saved.view();
    }

    @Transactional(readOnly = true)
    public List<RoundView> all() {
        return rounds.findAllByOrderByYearDescIdDesc().stream().map(EvaluationRound::view).toList();
    }

    /** Rounds open for applications on {@code day} that cover {@code series} (null: an unlisted occupation). */
    @Transactional(readOnly = true)
    public List<RoundView> openFor(String series, LocalDate day) {
        return rounds.idsOpenOn(day).stream().map(this::find).flatMap(Optional::stream).filter(r -> r.covers(series)).toList();
    }

    /** A round by id; rounds are never changed once created, so they are remembered (case lists ask per row). */
    public Optional<RoundView> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        RoundView known = byId.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RoundView> found = rounds.findById(id).map(EvaluationRound::view);
        found.ifPresent(r -> byId.put(id, r));
        return found;
    }
}
