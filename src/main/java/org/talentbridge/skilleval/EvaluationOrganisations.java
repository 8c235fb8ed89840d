package org.talentbridge.skilleval;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.account.StaffAccountRequest;
import org.talentbridge.employer.EmployerNames;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The evaluation channels of rule S4 as data: organisations (name, kind, occupations covered) registered by ADMIN,
 * and the evaluator accounts tied to each. Routing reads them to send a case to the organisation that evaluates it.
 */
@Service
public class EvaluationOrganisations {

    private static final String COLUMNS = "o.id, o.name, o.kind, o.employer_id, o.occupations from tb.evaluation_organisation o";

    private final JdbcTemplate jdbc;
    private final EmployerService employers;
    private final EmployerNames employerNames;
    private final AccountService accounts;
    private final InputValidator validator;
    private final AuditLog audit;

    EvaluationOrganisations(JdbcTemplate jdbc, EmployerService employers, EmployerNames employerNames, AccountService accounts,
                            InputValidator validator, AuditLog audit) {
        this.jdbc = jdbc;
        this.employers = employers;
        this.employerNames = employerNames;
        this.accounts = accounts;
        this.validator = validator;
        this.audit = audit;
    }

    /** Registers an organisation; an EMPLOYER organisation names a registered employer. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationView register(OrganisationRequest request) {
        validator.check(request);
        String name = request.name().strip();
        List<String> occupations = occupations(request.occupations());
        if (occupations.isEmpty()) {
            throw InvalidInputException.of("occupations", "validation.required");
        }
        Long employerId = null;
        if (request.kind() == OrganisationKind.EMPLOYER) {
            String employerName = request.employerName() == null ? "" : request.employerName().strip();
            employerId = employers.findByName(employerName).map(EmployerView::id).orElseThrow(() ->
                    InvalidInputException.of("employerName", "validation.employerNotRegistered", employerName));
        }
        if (jdbc.queryForObject("select count(*) from tb.evaluation_organisation where name = ?", Integer.class, name) > 0) {
            throw InvalidInputException.of("name", "skilleval.validation.organisationExists", name);
        }
        Long id = jdbc.queryForObject("""
                insert into tb.evaluation_organisation (name, kind, employer_id, occupations) values (?, ?, ?, ?::text[])
                returning id""", Long.class, name, request.kind().name(), employerId, toArray(occupations));
        audit.record("evaluationOrganisation.registered", "evaluationOrganisation:" + id,
                request.kind() + " " + String.join("、", occupations));
        return find(id).orElseThrow();
    }

    /** Opens an evaluator account tied to one organisation. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountView addEvaluator(EvaluatorRequest request) {
        validator.check(request);
        OrganisationView organisation = find(request.organisationId())
                .orElseThrow(() -> InvalidInputException.of("organisationId", "validation.required"));
        AccountView account = accounts.createStaff(new StaffAccountRequest(request.username(), request.displayName(),
                Role.EVALUATOR, organisation.name(), request.password()));
        jdbc.update("insert into tb.evaluator (account_id, organisation_id) values (?, ?)", account.id(), organisation.id());
        // the organisation's engine group, where its evaluations wait: members hear of new ones (notifications)
        accounts.joinEngineGroup(account.username(), OrganisationView.groupOf(organisation.id()));
        audit.record("evaluator.added", "evaluationOrganisation:" + organisation.id(), account.username());
        return account;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationView> page(int offset, int limit) {
        return withEmployerNames(jdbc.query("select " + COLUMNS + " order by o.name offset ? limit ?", this::row, offset, limit));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count() {
        return jdbc.queryForObject("select count(*) from tb.evaluation_organisation", Integer.class);
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationView> find(Long id) {
        return withEmployerNames(jdbc.query("select " + COLUMNS + " where o.id = ?", this::row, id)).stream().findFirst();
    }

    /** The organisation an evaluator belongs to (empty for anyone else). */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(Long accountId) {
        return jdbc.queryForList("select organisation_id from tb.evaluator where account_id = ?", Long.class, accountId)
                .stream().findFirst();
    }

    /** The organisation of this kind that evaluates the occupation (for EMPLOYER: the one of that employer), oldest first. */
    @Transactional(readOnly = true)
    Optional<OrganisationView> evaluating(OrganisationKind kind, String occupation, Long employerId) {
        if (kind == OrganisationKind.EMPLOYER && employerId == null) {
            return Optional.empty();
        }
        return withEmployerNames(jdbc.query("select " + COLUMNS + " where o.kind = ? and ? = any(o.occupations)"
                        + " and (cast(? as bigint) is null or o.employer_id = ?) order by o.id limit 1",
                this::row, kind.name(), occupation.strip(), employerId, employerId)).stream().findFirst();
    }

    /**
     * Whether the occupation is an access-type qualification (准入类): appraisal institutions are registered only for
     * access-type qualifications, so an occupation one of them covers is one (rule S4).
     */
    @Transactional(readOnly = true)
    boolean isAccessType(String occupation) {
        return evaluating(OrganisationKind.REGISTERED_APPRAISAL_INSTITUTION, occupation, null).isPresent();
    }

    static List<String> occupations(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String toArray(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .toList()) + "}";
    }

    private OrganisationView row(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("occupations");
        List<String> occupations = array == null ? List.of() : List.of((String[]) array.getArray());
        Long employerId = rs.getObject("employer_id", Long.class);
        return new OrganisationView(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
                employerId, null, occupations);
    }

    /** The employers' names from the employer register (one read for the whole page). */
    private List<OrganisationView> withEmployerNames(List<OrganisationView> rows) {
        java.util.Map<Long, String> names = employerNames.of(rows.stream().map(OrganisationView::employerId).toList());
        return rows.stream().map(o -> o.employerId() == null ? o : new OrganisationView(o.id(), o.name(), o.kind(),
                o.employerId(), names.get(o.employerId()), o.occupations())).toList();
    }
}
