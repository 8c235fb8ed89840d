package org.talentbridge.investigation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The reading side of investigations: a page of rows with their open tasks, one investigation in full for its case
 * screen, a person across cases, certificates, investigations and the integrity file. Called by
 * {@link InvestigationService}, which checks permissions and owns the transaction; every read of a record is audited.
 */
@Component
class InvestigationReads {

    private final InvestigationStore store;
    private final InvestigationSubjects outside;
    private final InvestigationTasks officerTasks;
    private final IntegrityFileService integrityFile;
    private final AuditLog audit;

    InvestigationReads(InvestigationStore store, InvestigationSubjects outside, InvestigationTasks officerTasks,
                       IntegrityFileService integrityFile, AuditLog audit) {
        this.store = store;
        this.outside = outside;
        this.officerTasks = officerTasks;
        this.integrityFile = integrityFile;
        this.audit = audit;
    }

    /** The rows of a page with their open officer task. */
    List<InvestigationRow> rows(List<InvestigationStore.Row> page) {
        Map<String, Task> taskOf = officerTasks.officerTasks(page.stream().map(InvestigationStore.Row::number).toList());
        return page.stream().map(r -> {
            Optional<Task> task = Optional.ofNullable(taskOf.get(r.number()));
            return new InvestigationRow(r.number(), r.source(), r.personName(), ChineseIdNumber.mask(r.idNumber()), r.status(),
                    r.openedAt(), task.map(Task::getName).orElse(null), task.map(Task::getAssignee).orElse(null));
        }).toList();
    }

    InvestigationDetail detail(String number) {
        InvestigationStore.Row r = store.find(number).orElseThrow(() -> InvalidInputException.of("number", "validation.notFound"));
        audit.record("investigation.read", InvestigationService.subjectOf(number), null);
        Optional<Task> task = officerTasks.officerTask(number);
        String me = AuditLog.currentActor();
        List<InvestigationDetail.Subject> subjects = store.subjects(r.id()).stream()
                .map(s -> {
                    String[] state = outside.stateOf(s);
                    return new InvestigationDetail.Subject(s.caseNumber(), s.certificateNumber(), s.objectionId(), state[0], state[1]);
                })
                .toList();
        return new InvestigationDetail(r.id(), r.number(), r.source(), r.personName(), ChineseIdNumber.mask(r.idNumber()),
                r.personAccountId() != null, r.allegation(), r.openedBy(), r.openedAt(), r.status(), r.statementDue(),
                r.proposedFinding(), r.proposedFacts(), r.proposedUntil(), r.proposedBy(), r.decidedBy(), r.decidedAt(),
                r.outcome(), r.integrityEntryId(), subjects, store.notes(r.id()), store.files(r.id()),
                task.map(Task::getId).orElse(null), task.map(Task::getTaskDefinitionKey).orElse(null),
                task.map(Task::getAssignee).orElse(null), !me.equals(r.proposedBy()));
    }

    PersonHistory personHistory(String idNumber) {
        if (idNumber == null || !ChineseIdNumber.isValid(idNumber.strip())) {
            throw InvalidInputException.of("idNumber", "validation.idNumber");
        }
        String id = ChineseIdNumber.normalise(idNumber.strip());
        Optional<InvestigationSubjects.Person> person = outside.personByIdNumber(id);
        List<InvestigationRow> investigations = rows(store.page(false, id, 0, 200));
        var entries = integrityFile.history(id);
        String name = person.map(InvestigationSubjects.Person::displayName)
                .orElse(investigations.isEmpty() ? (entries.isEmpty() ? null : entries.get(0).personName())
                        : investigations.get(0).personName());
        audit.record("investigation.personRead", "person:" + ChineseIdNumber.mask(id), null);
        return new PersonHistory(name, ChineseIdNumber.mask(id),
                person.map(p -> outside.casesOf(p.accountId())).orElse(List.of()),
                person.map(p -> outside.certificatesOf(p.accountId())).orElse(List.of()), investigations, entries);
    }
}
