package org.talentbridge.investigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.shared.validation.RequiredText;

/**
 * How an investigation opens: a staff or officer report (through {@link InvestigationService#report}, which checks
 * the role), an objection lodged during publicity, a referral of a flagged case ({@link InvestigationOpeners}, in the
 * transaction of the event). Each starts the investigation process with the investigation's number as business key.
 */
@Component
class InvestigationOpening {

    private final InvestigationStore store;
    private final InvestigationSubjects outside;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final InvestigationProperties properties;

    InvestigationOpening(InvestigationStore store, InvestigationSubjects outside, RuntimeService runtime,
                         CurrentUser currentUser, AuditLog audit, InvestigationProperties properties) {
        this.store = store;
        this.outside = outside;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * A report opens an investigation: by staff ({@link InvestigationSource#STAFF_REPORT}) or by an integrity officer
     * from outside information ({@link InvestigationSource#OFFICER_REPORT}). Every case and certificate named must be
     * the person's.
     *
     * @return the new investigation's number
     */
    String report(ReportRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String idNumber = request.idNumber() == null ? "" : request.idNumber().strip();
        if (idNumber.isEmpty()) {
            problems.add(new FieldProblem("idNumber", "validation.required"));
        } else if (!ChineseIdNumber.isValid(idNumber)) {
            problems.add(new FieldProblem("idNumber", "validation.idNumber"));
        }
        String name = request.personName() == null ? "" : request.personName().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("personName", "validation.required"));
        } else if (name.length() > 100) {
            problems.add(new FieldProblem("personName", "validation.tooLong"));
        }
        String allegation = RequiredText.check(request.allegation(), "allegation", properties.maxTextLength(), problems);
        List<String> caseNumbers = cleaned(request.caseNumbers());
        List<String> certificateNumbers = cleaned(request.certificateNumbers());
        if (problems.isEmpty()) {
            String normalised = ChineseIdNumber.normalise(idNumber);
            for (String caseNumber : caseNumbers) {
                Optional<InvestigationSubjects.Person> applicant = outside.applicantOfCase(caseNumber);
                // one answer for "no such case" and "not this person's": the form tells no one whose a case is
                if (applicant.isEmpty() || !normalised.equals(applicant.get().idNumber())) {
                    problems.add(new FieldProblem("caseNumbers", "validation.investigationCaseNotOfPerson", caseNumber));
                }
            }
            for (String certificate : certificateNumbers) {
                Optional<String> holder = outside.holderIdOfCertificate(certificate);
                if (holder.isEmpty() || !normalised.equals(holder.get())) {
                    problems.add(new FieldProblem("certificateNumbers", "validation.investigationCertificateNotOfPerson", certificate));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AccountView me = currentUser.require();
        InvestigationSource source = me.hasRole(org.talentbridge.account.Role.INTEGRITY_OFFICER)
                ? InvestigationSource.OFFICER_REPORT : InvestigationSource.STAFF_REPORT;
        Optional<InvestigationSubjects.Person> person = outside.personByIdNumber(idNumber);
        long id = store.insert(source, idNumber, name, person.map(InvestigationSubjects.Person::accountId).orElse(null),
                allegation, me.username());
        caseNumbers.forEach(c -> store.addSubject(id, c, null, null, me.username()));
        certificateNumbers.forEach(c -> store.addSubject(id, null, c, null, me.username()));
        return start(id, person.map(InvestigationSubjects.Person::username).orElse(null));
    }

    /**
     * An objection lodged during publicity (in the objection's transaction): it joins the open investigation of its case,
     * or opens one. System method: the objector is a member of the public.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    String openFromObjection(String caseNumber, long objectionId) {
        String by = "objection:" + objectionId;
        Optional<Long> open = store.openInvestigationOfCase(caseNumber);
        if (open.isPresent()) {
            store.addSubject(open.get(), caseNumber, null, objectionId, by);
            store.addNote(open.get(), "NOTE", "objection " + objectionId + ": " + outside.objectionStatement(objectionId), by);
            return store.find(open.get()).orElseThrow().number();
        }
        InvestigationSubjects.Person person = outside.applicantOfCase(caseNumber).orElseThrow(
                () -> new IllegalArgumentException("no case " + caseNumber));
        long id = store.insert(InvestigationSource.OBJECTION, person.idNumber(), person.displayName(), person.accountId(),
                outside.objectionStatement(objectionId), by);
        store.addSubject(id, caseNumber, null, objectionId, by);
        return start(id, person.username());
    }

    /** The integrity officer referred a flagged case (in the referral's transaction). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    String openFromReferral(String caseNumber, String reason) {
        InvestigationSubjects.Person person = outside.applicantOfCase(caseNumber).orElseThrow(
                () -> new IllegalArgumentException("no case " + caseNumber));
        String by = AuditLog.currentActor();
        long id = store.insert(InvestigationSource.REFERRAL, person.idNumber(), person.displayName(), person.accountId(),
                reason == null || reason.isBlank() ? caseNumber : reason.strip(), by);
        store.addSubject(id, caseNumber, null, null, by);
        return start(id, person.username());
    }

    private String start(long id, String personUsername) {
        InvestigationStore.Row row = store.find(id).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(InvestigationProcess.VAR_INVESTIGATION_ID, id);
        variables.put(InvestigationProcess.VAR_PERSON_USERNAME, personUsername);
        runtime.startProcessInstanceByKey(InvestigationProcess.KEY, row.number(), variables);
        audit.record("investigation.opened", InvestigationService.subjectOf(row.number()), row.source().name());
        return row.number();
    }

    private static List<String> cleaned(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toUpperCase(java.util.Locale.ROOT))
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }
}
