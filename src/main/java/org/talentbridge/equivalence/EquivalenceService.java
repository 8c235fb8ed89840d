package org.talentbridge.equivalence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountDirectory;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.applicant.ProfileQueries;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.certificate.EquivalenceCertificates;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.DecisionTables;
import org.talentbridge.eligibility.ExamEquivalence;
import org.talentbridge.eligibility.ExamEquivalenceRequest;
import org.talentbridge.integrity.IntegrityFile;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Pathway Q (issue 7, item 5): exam-registration equivalence confirmations. A graduate of a technical school asks for
 * themselves, or an exam office user asks for a person identified by their ID number; either way the person is an
 * applicant with an account, and the school class is the one their profile records (the system's evidence, never a
 * value typed by the requester). The Q decision table answers; a granted request gets an EQUIVALENCE certificate
 * whose case number is the request number, a refused one a reason and no certificate.
 *
 * <p>Rules: no school class recorded → refused (Q); on the person's own request, an active integrity-file entry → refused (I, PRODUCT.md: "an
 * applicant with an active integrity entry is not eligible"); the same person, class and exam with a valid
 * confirmation → that confirmation again (idempotent, requests for one person and exam are serialised); otherwise the
 * decision table. Every request is recorded with its evidence and the rules version, and audited.
 */
@Service
public class EquivalenceService {

    private final EquivalenceRequests requests;
    private final ExamEquivalence examEquivalence;
    private final DecisionTables decisionTables;
    private final IntegrityFile integrityFile;
    private final EquivalenceCertificates certificates;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final EquivalenceProperties properties;
    private final AccountDirectory people;
    private final AccountService accounts;
    private final ProfileQueries profiles;
    private final Clock clock;

    EquivalenceService(EquivalenceRequests requests, ExamEquivalence examEquivalence, DecisionTables decisionTables,
                       IntegrityFile integrityFile,
                       EquivalenceCertificates certificates, CurrentUser currentUser, AuditLog audit,
                       EquivalenceProperties properties, AccountDirectory people,
                       AccountService accounts, ProfileQueries profiles, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.accounts = accounts;
        this.profiles = profiles;
        this.requests = requests;
        this.examEquivalence = examEquivalence;
        this.decisionTables = decisionTables;
        this.integrityFile = integrityFile;
        this.certificates = certificates;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
    }

    /** The signed-in applicant asks for a confirmation for the exam, with the school class of their profile. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public EquivalenceConfirmation requestForMyself(ExamField examField) {
        if (examField == null) {
            throw InvalidInputException.of("examField", "validation.required");
        }
        AccountView me = currentUser.require();
        Person person = personById(me.id()).orElseThrow(() -> InvalidInputException.of("idNumber", "validation.required"));
        return decide(person, examField, Role.APPLICANT);
    }

    /** An exam office user asks for a confirmation for the applicant with this ID number. */
    @PreAuthorize("hasRole('EXAM_OFFICE')")
    @Transactional
    public EquivalenceConfirmation requestFor(String idNumber, ExamField examField) {
        List<FieldProblem> problems = new ArrayList<>();
        Person person = null;
        if (idNumber == null || idNumber.isBlank()) {
            problems.add(new FieldProblem("idNumber", "validation.required"));
        } else if (!ChineseIdNumber.isValid(idNumber)) {
            problems.add(new FieldProblem("idNumber", "validation.idNumber"));
        } else {
            person = personByIdNumber(ChineseIdNumber.normalise(idNumber)).orElse(null);
            if (person == null) {
                problems.add(new FieldProblem("idNumber", "equivalence.validation.noSuchPerson"));
            }
        }
        if (examField == null) {
            problems.add(new FieldProblem("examField", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return decide(person, examField, Role.EXAM_OFFICE);
    }

    /** The school class the signed-in applicant's profile records (empty: none; the form says where to add it). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public Optional<TechnicalSchoolClass> mySchoolClass() {
        return personById(currentUser.require().id()).map(Person::schoolClass);
    }

    /** The signed-in applicant's own requests, newest first. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<EquivalenceConfirmation> mine() {
        return query(" where r.person_account_id = ? order by r.requested_at desc, r.id desc", currentUser.require().id());
    }

    /**
     * Requests of every person, newest first, a page at a time: all of them, or those whose request number, certificate
     * number or person's ID number equals {@code filter}, or whose person's name contains it.
     */
    @PreAuthorize("hasAnyRole('EXAM_OFFICE', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EquivalenceConfirmation> page(String filter, int offset, int limit) {
        Filter f = filter(filter);
        return query(f.where() + " order by r.requested_at desc, r.id desc offset ? limit ?", f.args(offset, limit));
    }

    @PreAuthorize("hasAnyRole('EXAM_OFFICE', 'ADMIN')")
    @Transactional(readOnly = true)
    public int count(String filter) {
        Filter f = filter(filter);
        return requests.count(f.where(), f.args());
    }

    /** One request: the applicant's own, or any for exam office users and administrators; empty otherwise alike. */
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXAM_OFFICE', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<EquivalenceConfirmation> find(String requestNumber) {
        AccountView me = currentUser.require();
        if (me.hasRole(Role.EXAM_OFFICE) || me.hasRole(Role.ADMIN)) {
            return query(" where r.request_number = ?", requestNumber).stream().findFirst();
        }
        return query(" where r.request_number = ? and r.person_account_id = ?", requestNumber, me.id()).stream().findFirst();
    }

    /** The confirmation's PDF (its holder, exam office users, administrators; anyone else is refused). */
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXAM_OFFICE', 'ADMIN')")
    public byte[] pdf(String requestNumber) {
        return certificates.pdf(requestNumber);
    }

    private EquivalenceConfirmation decide(Person person, ExamField examField, Role requestedAs) {
        requests.lock(person.accountId(), examField);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("schoolClassSource", "applicant_profile:" + person.accountId());
        evidence.put("schoolClass", person.schoolClass() == null ? null : person.schoolClass().name());
        evidence.put("examField", examField.name());
        evidence.put("requestedAs", requestedAs.name());
        if (person.schoolClass() == null) {
            return record(person, examField, requestedAs, Decision.refused("Q", "equivalence.reason.noSchoolClass",
                    List.of(), rulesVersionNow()), evidence);
        }
        // Rule I applies to the person's own request, whose refusal tells them only about themselves (as screening's
        // T1 does). An exam office's request does not consult the integrity file: its answer would tell the office
        // whether someone has an entry, which only integrity officers and administrators may read (issue 6, item 5).
        boolean selfRequest = requestedAs == Role.APPLICANT;
        boolean activeEntry = selfRequest && integrityFile.hasActiveEntry(person.idNumber(), today);
        if (selfRequest) {
            evidence.put("integrityFileCheckedOn", today.toString());
            evidence.put("integrityActiveEntry", activeEntry);
        }
        if (activeEntry) {
            return record(person, examField, requestedAs, Decision.refused("I", "equivalence.reason.integrity",
                    List.of(), rulesVersionNow()), evidence);
        }
        Optional<EquivalenceConfirmation> earlier = query("""
                 where r.person_account_id = ? and r.exam_field = ? and r.school_class = ? and r.outcome = 'GRANTED'
                 order by r.requested_at desc, r.id desc""",
                person.accountId(), examField.name(), person.schoolClass().name()).stream()
                .filter(EquivalenceConfirmation::certificateValid).findFirst();
        if (earlier.isPresent()) {
            return earlier.get().asRepeated();
        }
        ExamEquivalence.Result result = examEquivalence.decide(
                new ExamEquivalenceRequest(person.schoolClass(), examField.name()));
        evidence.put("decisionTables", result.decisions());
        Check check = result.check();
        Decision decision = result.applies()
                ? new Decision(true, result.educationLevel(), check.rule(), check.messageKey(), check.arguments(), result.rulesVersion())
                : Decision.refused(check.rule(), "equivalence.reason.notListed",
                        List.of("@" + person.schoolClass().messageKey(), "@" + examField.messageKey()), result.rulesVersion());
        return record(person, examField, requestedAs, decision, evidence);
    }

    private EquivalenceConfirmation record(Person person, ExamField examField, Role requestedAs, Decision decision,
                                           Map<String, Object> evidence) {
        LocalDate today = LocalDate.now(clock);
        long sequence = requests.nextSequence();
        String number = "%s%d-%06d".formatted(properties.requestPrefix(), today.getYear(), sequence);
        CertificateView certificate = null;
        if (decision.granted()) {
            certificate = certificates.issue(new EquivalenceCertificates.Grant(number, person.accountId(), person.name(),
                    person.idNumber(), person.schoolClass().name(), examField.name(), decision.educationLevel(),
                    properties.certificateNumberPrefix()));
        }
        requests.insert(new EquivalenceRequests.NewRequest(number, person.accountId(), AuditLog.currentActor(),
                requestedAs.name(), person.schoolClass(), examField, decision.granted(), decision.educationLevel(),
                decision.ruleId(), decision.reasonKey(), decision.reasonArgs(), decision.rulesVersion(), evidence,
                certificate == null ? null : certificate.certificateNumber()));
        audit.record("equivalence.decided", "equivalence:" + number, "%s %s %s account %d%s".formatted(
                decision.granted() ? "GRANTED" : "REFUSED", decision.ruleId(), examField, person.accountId(),
                certificate == null ? "" : " certificate " + certificate.certificateNumber()));
        return query(" where r.request_number = ?", number).get(0);
    }

    private String rulesVersionNow() {
        return decisionTables.inForce().rulesVersion();
    }

    private Optional<Person> personById(Long accountId) {
        return people.applicant(accountId).map(this::person);
    }

    private Optional<Person> personByIdNumber(String idNumber) {
        return people.applicantByIdNumber(idNumber).map(this::person);
    }

    /** An applicant (an account with the APPLICANT role and an ID number) and the school class of their profile. */
    private Person person(AccountView a) {
        return new Person(a.id(), a.displayName(), a.idNumber(), profiles.schoolClassOf(a.id()).orElse(null));
    }

    /** Requests as confirmations: their people (account module) and certificates (certificate module), a page at once. */
    private List<EquivalenceConfirmation> query(String tail, Object... args) {
        List<EquivalenceRequests.Stored> stored = requests.find(tail, args);
        Map<Long, AccountView> persons = accounts.findAllById(
                stored.stream().map(EquivalenceRequests.Stored::accountId).distinct().toList());
        Map<String, CertificateView> issued = certificates.ofRequests(stored.stream()
                .filter(r -> r.certificateNumber() != null).map(EquivalenceRequests.Stored::requestNumber).toList());
        return stored.stream().map(r -> r.confirmation(persons.get(r.accountId()), issued.get(r.requestNumber()))).toList();
    }

    private record Person(Long accountId, String name, String idNumber, TechnicalSchoolClass schoolClass) {
    }

    private record Decision(boolean granted, String educationLevel, String ruleId, String reasonKey,
                            List<String> reasonArgs, String rulesVersion) {

        static Decision refused(String ruleId, String reasonKey, List<String> args, String rulesVersion) {
            return new Decision(false, null, ruleId, reasonKey, args, rulesVersion);
        }
    }

    private Filter filter(String raw) {
        String text = raw == null || raw.isBlank() ? null : raw.strip();
        return new Filter(text, text == null ? List.of() : people.matching(text));
    }

    /**
     * The lookup filter of exam offices: a request, certificate or ID number exactly, or part of a name (the people
     * whose ID number or name matches are found by the account module first).
     */
    private record Filter(String text, List<Long> people) {

        String where() {
            return text == null ? "" : " where (r.request_number = ? or r.certificate_number = ? or r.person_account_id = any (?))";
        }

        Object[] args(Object... more) {
            List<Object> args = new ArrayList<>();
            if (text != null) {
                args.addAll(List.of(text, text, people.toArray(Long[]::new)));
            }
            args.addAll(List.of(more));
            return args.toArray();
        }
    }
}
