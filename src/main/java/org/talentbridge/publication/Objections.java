package org.talentbridge.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypes;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.shared.validation.RequiredText;

/**
 * Real-name objections to a published entry (issue 5, item 5): anyone lodges one during the period, with evidence (the
 * entry is paused, {@link ObjectionLodged} announced); the integrity officer answers each within
 * {@code app.publication.answer-working-days}: unfounded (the entry resumes) or sustained (it stays held and the case
 * is held for investigation). "Today" is the publication service's ({@link PublicationService#today()}).
 */
@Service
public class Objections {

    private final PublicityRepository store;
    private final PublicationService publication;
    private final TitleCaseService titleCases;
    private final WorkingDayCalendar calendar;
    private final PublicationProperties properties;
    private final InputValidator validator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Objections(PublicityRepository store, PublicationService publication, TitleCaseService titleCases,
               WorkingDayCalendar calendar, PublicationProperties properties, InputValidator validator, AuditLog audit,
               ApplicationEventPublisher events) {
        this.store = store;
        this.publication = publication;
        this.titleCases = titleCases;
        this.calendar = calendar;
        this.properties = properties;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Anyone lodges a real-name objection on an entry while its period runs (from the first day 00:00 to the last day
     * 23:59:59, server time). Refused, naming the field: outside the period, incomplete or invalid details, no contact,
     * evidence beyond the limits, or more than {@code objections-per-address} objections from the client address within
     * {@code rate-window}. The entry is paused and {@link ObjectionLodged} published in the same transaction.
     *
     * @param clientAddress the caller's IP address: only its salted hash is stored
     * @return the objection's id
     */
    @Transactional
    public long lodge(long entryId, ObjectionRequest request, List<EvidenceFile> files, String clientAddress) {
        PublicityRepository.Header publicity = store.headerOfEntry(entryId)
                .orElseThrow(() -> InvalidInputException.of("entryId", "validation.publicityEntryUnknown"));
        OffsetDateTime now = publication.now();
        LocalDate today = now.toLocalDate();
        if (today.isBefore(publicity.periodStart())) {
            throw InvalidInputException.of("period", "validation.publicityNotStarted", publicity.periodStart().toString());
        }
        if (today.isAfter(publicity.periodEnd())) {
            throw InvalidInputException.of("period", "validation.publicityEnded", publicity.periodEnd().toString());
        }
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(request));
        if (isBlank(request.phone()) && isBlank(request.email())) {
            problems.add(new FieldProblem("phone", "validation.objectionContact"));
        }
        List<EvidenceFile> evidence = files == null ? List.of() : files;
        problems.addAll(EvidenceTypes.problems(evidence, properties.maxFiles(), properties.maxFileSize().toBytes()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String ipHash = hash(clientAddress);
        store.lockAddress(ipHash);
        if (store.countSince(ipHash, now.minus(properties.rateWindow())) >= properties.objectionsPerAddress()) {
            throw InvalidInputException.of("rateLimit", "validation.objectionRateLimit", properties.objectionsPerAddress(),
                    properties.rateWindow().toMinutes());
        }
        PublishedEntry entry = store.lockEntry(entryId).orElseThrow();
        LocalDate due = calendar.addWorkingDays(today, properties.answerWorkingDays());
        long id = store.insertObjection(entryId, request, now, ipHash, due);
        for (EvidenceFile f : evidence) {
            store.insertEvidence(id, f.fileName().strip(), EvidenceTypes.detect(f.content()).orElseThrow(), f.content());
        }
        store.setEntryState(entryId, true, entry.held());
        audit.record("objection.lodged", "case:" + entry.caseNumber(), "objection " + id + ", due " + due
                + ", " + evidence.size() + " files");
        events.publishEvent(new ObjectionLodged(entry.caseNumber(), id));
        return id;
    }

    /** Integrity officer: the open objections, soonest due first (overdue ones flagged). */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional(readOnly = true)
    public List<ObjectionView> open() {
        return store.open(publication.today());
    }

    /** Integrity officer: the latest answered objections. */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional(readOnly = true)
    public List<ObjectionView> answered(int limit) {
        return store.answered(Math.max(1, Math.min(limit, 200)), publication.today());
    }

    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional(readOnly = true)
    public Optional<ObjectionView> find(long objectionId) {
        return store.objection(objectionId, publication.today());
    }

    /** Integrity officer: an evidence file's content (audited: it is personal data). */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional
    public Optional<byte[]> evidence(long fileId) {
        Optional<byte[]> content = store.evidenceContent(fileId);
        content.ifPresent(c -> audit.record("objection.evidenceRead", "evidence:" + fileId, null));
        return content;
    }

    /**
     * Integrity officer: answers an open objection with a reason. Sustained holds the entry; unfounded resumes it unless
     * another objection on it is still open or was sustained.
     */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional
    public ObjectionView answer(long objectionId, boolean sustained, String reason) {
        String why = RequiredText.of(reason, "reason", 2000);
        PublicityRepository.ObjectionState state = store.lockObjection(objectionId)
                .orElseThrow(() -> InvalidInputException.of("objectionId", "validation.objectionUnknown"));
        store.lockEntry(state.entryId());
        if (state.status() != ObjectionStatus.OPEN) {
            throw InvalidInputException.of("objectionId", "validation.objectionAnswered");
        }
        ObjectionStatus status = sustained ? ObjectionStatus.ANSWERED_SUSTAINED : ObjectionStatus.ANSWERED_UNFOUNDED;
        store.answer(objectionId, status, why, AuditLog.currentActor(), publication.now());
        boolean held = store.countOnEntry(state.entryId(), ObjectionStatus.ANSWERED_SUSTAINED) > 0;
        boolean paused = held || store.countOnEntry(state.entryId(), ObjectionStatus.OPEN) > 0;
        store.setEntryState(state.entryId(), paused, held);
        audit.record(sustained ? "objection.sustained" : "objection.unfounded", "case:" + state.caseNumber(),
                "objection " + objectionId + ": " + why);
        events.publishEvent(new ObjectionAnswered(state.caseNumber(), objectionId, sustained));
        if (held) {
            titleCases.publicityEnded(state.caseNumber(), false); // the case process ends: held for investigation
        } else if (!paused && store.headerOfEntry(state.entryId()).map(h -> publication.today().isAfter(h.periodEnd()))
                .orElse(false)) {
            titleCases.publicityEnded(state.caseNumber(), true); // the period is over and the case waited only for this
        }
        return store.objection(objectionId, publication.today()).orElseThrow();
    }

    public PublicationProperties limits() {
        return properties;
    }

    private String hash(String clientAddress) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((properties.addressSalt() + "|"
                    + (clientAddress == null ? "" : clientAddress.strip())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
