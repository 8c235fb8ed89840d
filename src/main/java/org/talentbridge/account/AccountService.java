package org.talentbridge.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.talentbridge.shared.OffsetPage;
import org.springframework.stereotype.Service;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/** Accounts: applicant self-registration and staff accounts, kept in step with the engine's identity. */
@Service
public class AccountService {

    /** Something@somewhere.tld, without spaces: what a mail server accepts in practice. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final InputValidator validator;
    private final CamundaIdentitySync camunda;
    private final AuditLog audit;
    private final EmployerService employers;
    private final PasswordRules passwordRules;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, InputValidator validator,
                   CamundaIdentitySync camunda, AuditLog audit, EmployerService employers, PasswordRules passwordRules,
                   ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.employers = employers;
        this.passwordRules = passwordRules;
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.validator = validator;
        this.camunda = camunda;
        this.audit = audit;
    }

    /**
     * Opens an APPLICANT account. Every refused field is reported at once (a taken username too). Whether the ID
     * number already has an account is not disclosed: then no account is opened, the answer is the same as for a new
     * one (the caller shows one neutral message), the attempt is audited on the existing account and an
     * {@link RegistrationForExistingIdNumber} event tells whoever listens (to notify that account's owner).
     * Registrations of one ID number are serialised, so two at once open one account.
     */
    @Transactional
    public void register(RegistrationRequest request) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        if (request.password() != null && !request.password().equals(request.passwordConfirmation())) {
            problems.add(new FieldProblem("passwordConfirmation", "validation.passwordMismatch"));
        }
        if (problems.stream().noneMatch(p -> p.field().equals("password")) && request.username() != null) {
            passwordRules.problem(request.password(), request.username())
                    .ifPresent(key -> problems.add(new FieldProblem("password", key)));
        }
        String idNumber = ChineseIdNumber.normalise(request.idNumber());
        if (problems.stream().noneMatch(p -> p.field().equals("username"))
                && accounts.existsByUsername(request.username().trim())) {
            problems.add(new FieldProblem("username", "validation.usernameTaken"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the same work (a BCrypt hash) on both paths: the answer's timing does not tell either
        String hash = passwords.encode(request.password());
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "registration:" + idNumber);
        Optional<Account> owner = accounts.findByIdNumber(idNumber);
        if (owner.isPresent()) {
            audit.record("account.registrationForExistingIdNumber", "account:" + owner.get().getUsername(),
                    "attempted username=" + request.username().trim());
            events.publishEvent(new RegistrationForExistingIdNumber(owner.get().getUsername()));
            return;
        }
        Account account = new Account(request.username().trim(), hash, request.displayName().trim(),
                EnumSet.of(Role.APPLICANT));
        account.setIdNumber(idNumber);
        account.setMobile(request.mobile().trim());
        saveNew(account, "account.registered");
    }

    /** Creates a staff or demo account with the given roles (ADMIN use and demo data). */
    @Transactional
    public AccountView create(String username, String rawPassword, String displayName, Set<Role> roles,
                              String idNumber, String mobile, String employer) {
        if (accounts.existsByUsername(username)) {
            throw InvalidInputException.of("username", "validation.usernameTaken");
        }
        Account account = new Account(username, passwords.encode(rawPassword), displayName, roles);
        account.setIdNumber(ChineseIdNumber.normalise(idNumber));
        account.setMobile(mobile);
        account.setEmployer(employer);
        return AccountView.of(saveNew(account, "account.created"));
    }

    /** Creates an account that reviews the staff of one employer (its tasks wait in the employer's group). */
    @Transactional
    public AccountView createEmployerReviewer(String username, String rawPassword, String displayName, EmployerView employer) {
        if (accounts.existsByUsername(username)) {
            throw InvalidInputException.of("username", "validation.usernameTaken");
        }
        Account account = new Account(username, passwords.encode(rawPassword), displayName, EnumSet.of(Role.EMPLOYER_REVIEWER));
        account.setEmployer(employer.name());
        account.setEmployerId(employer.id());
        return AccountView.of(saveNew(account, "account.created"));
    }

    /** ADMIN opens a staff account; refused fields are reported like registration's. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountView createStaff(StaffAccountRequest request) {
        validator.check(request);
        passwordRules.problem(request.password(), request.username()).ifPresent(key -> {
            throw InvalidInputException.of("password", key);
        });
        if (request.role() == Role.APPLICANT) {
            throw InvalidInputException.of("role", "validation.staffRoleOnly");
        }
        if (request.role() == Role.EMPLOYER_REVIEWER) {
            EmployerView employer = employers.findByName(request.employer())
                    .orElseThrow(() -> InvalidInputException.of("employer", "validation.employerNotRegistered",
                            request.employer() == null ? "" : request.employer().strip()));
            return createEmployerReviewer(request.username().trim(), request.password(), request.displayName().trim(), employer);
        }
        return create(request.username().trim(), request.password(), request.displayName().trim(),
                EnumSet.of(request.role()), null, null, request.employer());
    }

    /** A page of accounts whose username or name contains {@code filter}, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountRow> page(String filter, int offset, int limit) {
        return accounts.search(like(filter), OffsetPage.of(offset, limit)).stream()
                .map(a -> new AccountRow(a.getUsername(), a.getDisplayName(), a.getRoles(),
                        ChineseIdNumber.mask(a.getIdNumber()), a.getEmployer(), a.isEnabled(), a.getCreatedAt()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(String filter) {
        return Math.toIntExact(accounts.countMatching(like(filter)));
    }

    private static String like(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase();
        return "%" + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Account saveNew(Account account, String action) {
        Account saved;
        try {
            saved = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // a concurrent registration won a unique index between our check and our insert
            boolean idNumber = String.valueOf(e.getMostSpecificCause().getMessage()).contains("account_id_number_uq");
            throw idNumber ? InvalidInputException.of("idNumber", "validation.idNumberTaken")
                    : InvalidInputException.of("username", "validation.usernameTaken");
        }
        camunda.sync(saved);
        audit.record(action, "account:" + saved.getUsername(), "roles=" + saved.getRoles());
        return saved;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(username).map(AccountView::of);
    }

    /** The e-mail addresses of these accounts (names as stored), in one query; accounts without one are left out. */
    @Transactional(readOnly = true)
    public Map<String, String> emailsOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return accounts.emailsOf(usernames).stream().filter(row -> !((String) row[1]).isBlank())
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findById(Long id) {
        return accounts.findById(id).map(AccountView::of);
    }

    /** Accounts by id, for pages of rows that each name a person (one query per page). */
    @Transactional(readOnly = true)
    public Map<Long, AccountView> findAllById(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(AccountView::of)
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /**
     * The signed-in user's e-mail address, where notifications are mailed when mail is configured; blank removes it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountView changeMyEmail(String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw InvalidInputException.of("email", "validation.email");
        }
        Account me = accounts.findByUsername(AuditLog.currentActor()).orElseThrow();
        me.setEmail(address);
        audit.record("account.email", "account:" + me.getUsername(), address == null ? "removed" : "changed");
        return AccountView.of(me);
    }

    /**
     * Makes an account a member of an engine group that another feature keeps (where that feature's tasks wait for
     * it); creates the group if needed. Account synchronisation leaves such memberships alone.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void joinEngineGroup(String username, String group) {
        camunda.join(username, group);
    }

    /** Makes sure the engine knows every role as a group (idempotent; runs at start). */
    @Transactional
    public void ensureCamundaGroups() {
        camunda.ensureGroups();
    }
}
