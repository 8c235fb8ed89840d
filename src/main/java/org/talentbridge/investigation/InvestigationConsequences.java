package org.talentbridge.investigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.integrity.IntegrityEntry;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.publication.Objections;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.CaseHandling;
import org.talentbridge.skilleval.SkillCaseService;

/**
 * What an investigation's outcome does to the rest of the system, inside the transaction that completes its last task:
 * a confirmed finding (issue 6, item 3) voids, stops, records and lists in one go; an unfounded one answers the
 * objections and lets referred cases go on (item 7). Called by the process's service tasks only.
 */
@Component
class InvestigationConsequences {

    private final InvestigationStore store;
    private final InvestigationSubjects outside;
    private final CertificateService certificates;
    private final ProfileService profiles;
    private final TitleCaseService titleCases;
    private final SkillCaseService skillCases;
    private final Objections objections;
    private final IntegrityFileService integrityFile;
    private final AccountService accounts;
    private final HistoryService history;
    private final AuditLog audit;

    InvestigationConsequences(InvestigationStore store, InvestigationSubjects outside, CertificateService certificates,
                              ProfileService profiles,
                              TitleCaseService titleCases, SkillCaseService skillCases, Objections objections, IntegrityFileService integrityFile,
                              AccountService accounts, HistoryService history, AuditLog audit) {
        this.store = store;
        this.outside = outside;
        this.certificates = certificates;
        this.profiles = profiles;
        this.titleCases = titleCases;
        this.skillCases = skillCases;
        this.objections = objections;
        this.integrityFile = integrityFile;
        this.accounts = accounts;
        this.history = history;
        this.audit = audit;
    }

    /**
     * The approved finding: titles and skill levels granted through its cases void (certificates fail {@code /verify}),
     * the person's running cases stopped, the integrity-file entry written, open objections sustained, and the staff who
     * handled the cases listed for follow-up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void applyFinding(long investigationId) {
        InvestigationStore.Row r = store.find(investigationId).orElseThrow();
        // four eyes, checked again where it matters: an approval recorded by a second officer, who is the one acting now
        String actor = AuditLog.currentActor();
        if (r.status() != InvestigationStatus.AWAITING_APPROVAL || r.proposedFinding() == null || r.proposedBy() == null
                || !actor.equals(r.decidedBy()) || actor.equals(r.proposedBy())) {
            throw new IllegalStateException("finding of " + r.number() + " not approved by a second officer");
        }
        List<InvestigationStore.SubjectRow> subjects = store.subjects(r.id());
        Set<String> cases = new LinkedHashSet<>();
        subjects.stream().map(InvestigationStore.SubjectRow::caseNumber).filter(c -> c != null).forEach(cases::add);
        cases.addAll(certificates.casesOfCertificates(subjects.stream().map(InvestigationStore.SubjectRow::certificateNumber)
                .filter(c -> c != null).toList()).values());
        String reason = r.number() + " " + r.proposedFinding() + ": " + abbreviate(r.proposedFacts(), 500);

        List<String> voided = certificates.voidIssuedFor(cases, reason);
        int records = profiles.voidRecordsGrantedBy(cases, reason);
        List<String> stopped = new ArrayList<>();
        // the person's account now: a report may have been opened before they registered
        Long account = r.personAccountId() != null ? r.personAccountId()
                : outside.personByIdNumber(r.idNumber()).map(InvestigationSubjects.Person::accountId).orElse(null);
        if (account != null) {
            stopped.addAll(titleCases.stopRunningCasesOf(account, reason));
            stopped.addAll(skillCases.stopRunningCasesOf(account, reason));
        }
        IntegrityEntry entry = integrityFile.recordFinding(r.idNumber(), r.personName(), r.proposedFinding(),
                r.proposedFacts(), r.outcome(), r.proposedUntil(), r.id(), r.proposedBy());
        for (InvestigationStore.SubjectRow s : subjects) {
            if (s.objectionId() != null && outside.objectionOpen(s.objectionId())) {
                objections.answer(s.objectionId(), true, reason);
            }
        }
        Set<String> handled = new LinkedHashSet<>(cases);
        handled.addAll(stopped);
        int listed = listAccountability(r, account, handled);
        store.decide(r.id(), InvestigationStatus.CONFIRMED, r.outcome(), AuditLog.currentActor(), entry.id());
        // data, not prose: the case screen shows it in the reader's language
        String summary = "void=" + String.join(",", voided) + ";records=" + records + ";stopped=" + String.join(",", stopped)
                + ";entry=" + entry.id() + ";listed=" + listed;
        store.addNote(r.id(), "CONSEQUENCES", summary, AuditLog.currentActor());
        audit.record("investigation.confirmed", InvestigationService.subjectOf(r.number()), summary);
    }

    /** Unfounded: open objections are answered unfounded (their cases resume) and referred cases go on to publicity. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeUnfounded(long investigationId) {
        InvestigationStore.Row r = store.find(investigationId).orElseThrow();
        if (r.outcome() == null || !AuditLog.currentActor().equals(r.decidedBy())) {
            throw new IllegalStateException(r.number() + " closed without the officer's recorded reason");
        }
        for (InvestigationStore.SubjectRow s : store.subjects(r.id())) {
            if (s.objectionId() != null && outside.objectionOpen(s.objectionId())) {
                objections.answer(s.objectionId(), false, r.outcome());
            } else if (s.caseNumber() != null && r.source() == InvestigationSource.REFERRAL) {
                titleCases.investigationCleared(s.caseNumber(), r.outcome());
            }
        }
        store.setStatus(r.id(), InvestigationStatus.UNFOUNDED);
        audit.record("investigation.closedUnfounded", InvestigationService.subjectOf(r.number()), r.outcome());
    }

    /**
     * Staff who held a task of these cases (the engine's history) or acted on them outside a task (the committee's draws
     * and votes, the publicity and its answers, as those modules record them; the audit trail is not business data).
     * Their involvement is kept as codes, {@code task:<BPMN task id>} and {@code <module>:<act>}, which the list shows in
     * the reader's language.
     */
    private int listAccountability(InvestigationStore.Row r, Long account, Set<String> cases) {
        if (cases.isEmpty()) {
            return 0;
        }
        String applicant = account == null ? null : accounts.findById(account).map(AccountView::username).orElse(null);
        Map<String, Set<String>> involvement = new LinkedHashMap<>();
        // the cases' process instances once, then their tasks: two queries, whatever the number of tasks
        Map<String, String> caseOfInstance = new java.util.HashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyIn(cases.toArray(String[]::new)).list()
                .forEach(pi -> caseOfInstance.put(pi.getId(), pi.getBusinessKey()));
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyIn(cases.toArray(String[]::new)).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (t.getAssignee() != null && !t.getAssignee().equals(applicant)) {
                String caseNumber = caseOfInstance.get(t.getProcessInstanceId());
                involvement.computeIfAbsent(caseNumber + "\u0000" + t.getAssignee(), k -> new LinkedHashSet<>())
                        .add("task:" + t.getTaskDefinitionKey());
            }
        }
        for (CaseHandling h : outside.handlersOf(cases)) {
            if (!h.username().equals(applicant)) {
                String module = h.involvement().substring(0, h.involvement().indexOf('.'));
                involvement.computeIfAbsent(h.caseNumber() + "\u0000" + h.username(), k -> new LinkedHashSet<>())
                        .add(module + ":" + h.involvement());
            }
        }
        List<String> keys = new ArrayList<>(involvement.keySet());
        for (String key : keys) {
            String[] parts = key.split("\u0000", 2);
            String name = accounts.findByUsername(parts[1]).map(AccountView::displayName).orElse(null);
            store.addAccountability(r.id(), parts[0], parts[1], name, String.join("; ", involvement.get(key)));
        }
        return keys.size();
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
