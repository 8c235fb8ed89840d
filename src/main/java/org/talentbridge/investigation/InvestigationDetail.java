package org.talentbridge.investigation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.talentbridge.integrity.IntegrityFinding;

/**
 * An investigation as the officers' case screen shows it.
 *
 * @param taskId          the open officer task (investigate or approve), or null
 * @param taskKey         its BPMN id ({@link InvestigationProcess#TASK_INVESTIGATE} or {@link InvestigationProcess#TASK_APPROVE_FINDING})
 * @param mayApprove      false for the officer who proposed the finding (four eyes)
 */
public record InvestigationDetail(long id, String number, InvestigationSource source, String personName,
                                  String personIdMasked, boolean personHasAccount, String allegation, String openedBy,
                                  OffsetDateTime openedAt, InvestigationStatus status, OffsetDateTime statementDue,
                                  IntegrityFinding proposedFinding, String proposedFacts, LocalDate proposedUntil,
                                  String proposedBy, String decidedBy, OffsetDateTime decidedAt, String outcome,
                                  Long integrityEntryId, List<Subject> subjects, List<Note> notes, List<FileInfo> files,
                                  String taskId, String taskKey, String assignee, boolean mayApprove) {

    /**
     * A case or certificate the investigation concerns, with its state now.
     *
     * @param stateKey the i18n key of the state (title cases, skill cases and certificates each have their own)
     */
    public record Subject(String caseNumber, String certificateNumber, Long objectionId, String state, String stateKey) {
    }

    public record Note(String kind, String text, String author, OffsetDateTime writtenAt) {
    }

    public record FileInfo(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
                           OffsetDateTime uploadedAt) {
    }
}
