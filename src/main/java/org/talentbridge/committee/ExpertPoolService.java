package org.talentbridge.committee;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The expert pool (issue 5, item 1): the committee secretary adds COMMITTEE_MEMBER accounts to the pool of a series
 * and takes them out; administrators may read it. Every change is in the audit trail. Draws read the pool through
 * {@link CommitteeService}.
 */
@Service
public class ExpertPoolService {

    private static final String MANAGE = "hasRole('COMMITTEE_SECRETARY')";
    private static final String READ = "hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')";

    private final ExpertRepository experts;
    private final AccountService accounts;
    private final EmployerService employers;
    private final CatalogService catalog;
    private final InputValidator validator;
    private final AuditLog audit;
    private final ExpertViews views;
    private final Clock clock;

    ExpertPoolService(ExpertRepository experts, AccountService accounts, EmployerService employers, CatalogService catalog,
                      InputValidator validator, AuditLog audit, ExpertViews views, Clock clock) {
        this.clock = clock;
        this.views = views;
        this.experts = experts;
        this.accounts = accounts;
        this.employers = employers;
        this.catalog = catalog;
        this.validator = validator;
        this.audit = audit;
    }

    /** Adds a COMMITTEE_MEMBER account to the pool of a series; every refused field is reported at once. */
    @PreAuthorize(MANAGE)
    @Transactional
    public ExpertView addExpert(ExpertRequest request) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        AccountView account = null;
        if (request.username() != null && !request.username().isBlank()) {
            account = accounts.findByUsername(request.username().strip()).orElse(null);
            if (account == null) {
                problems.add(new FieldProblem("username", "validation.committeeNoSuchAccount"));
            } else if (!account.hasRole(Role.COMMITTEE_MEMBER)) {
                problems.add(new FieldProblem("username", "validation.committeeNotMember"));
            }
        }
        if (request.series() != null && !request.series().isBlank() && !catalog.seriesNames().contains(request.series())) {
            problems.add(new FieldProblem("series", "validation.unknownSeries"));
        }
        if (request.employerId() != null && employers.find(request.employerId()).isEmpty()) {
            problems.add(new FieldProblem("employerId", "validation.committeeUnknownEmployer"));
        }
        if (problems.isEmpty() && experts.existsByAccountIdAndSeriesAndActiveTrue(account.id(), request.series())) {
            problems.add(new FieldProblem("series", "validation.committeeAlreadyInPool"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Expert saved;
        try {
            saved = experts.saveAndFlush(new Expert(account.id(), request.series(), request.maxLevel(), request.employerId(),
                    request.highSkilled(), AuditLog.currentActor()));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("series", "validation.committeeAlreadyInPool"); // a concurrent add won
        }
        audit.record("committee.expertAdded", "expert:" + saved.getId(), account.username() + " " + request.series() + " "
                + request.maxLevel() + " employer=" + request.employerId() + " highSkilled=" + request.highSkilled());
        return views(List.of(saved)).get(0);
    }

    /** Takes an expert out of the pool: later draws leave them out; draws already made keep them. */
    @PreAuthorize(MANAGE)
    @Transactional
    public ExpertView deactivateExpert(long expertId) {
        Expert expert = experts.findById(expertId)
                .orElseThrow(() -> InvalidInputException.of("expertId", "validation.notFound"));
        if (!expert.isActive()) {
            throw InvalidInputException.of("expertId", "validation.committeeAlreadyInactive");
        }
        expert.deactivate(AuditLog.currentActor(), OffsetDateTime.now(clock));
        audit.record("committee.expertDeactivated", "expert:" + expertId, expert.getSeries());
        return views(List.of(expert)).get(0);
    }

    /** The whole pool, active and inactive, by series (a list of a few hundred people at most). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ExpertView> pool() {
        return views(experts.findAllByOrderBySeriesAscActiveDescIdAsc());
    }

    private List<ExpertView> views(List<Expert> list) {
        return views.of(list, views.employerNames());
    }
}
