package org.talentbridge.publication;

import org.talentbridge.shared.validation.RequiredText;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.calendar.WorkingDayCalendar;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Publicity (公示) of a round's passed cases and real-name objections to them (issue 5, item 5).
 * <ul>
 *   <li>The secretary publishes the cases together; the period runs from the first working day after publishing for
 *       {@code app.publication.publicity-working-days} working days (or the number given), both ends included.</li>
 *   <li>Anyone reads the lists and may object to an entry during the period, with evidence; the entry is paused and
 *       {@link ObjectionLodged} announced.</li>
 *   <li>The integrity officer answers each objection within {@code answer-working-days}: unfounded (the entry
 *       resumes) or sustained (it stays held).</li>
 *   <li>After the period, {@link #casesToGrantAt} names the cases to grant: no open and no sustained objection. The
 *       list's process ({@link PublicityPeriodProcess}) grants them with its timer, or the secretary at once.</li>
 * </ul>
 * "Today" comes from a {@link Clock} (a {@code Clock} bean if the application defines one; the system clock otherwise).
 */
@Service
public class PublicationService {

    private static final int PAST_LISTS = 20;

    private final PublicityRepository store;
    private final TitleCaseService titleCases;
    private final RoundService rounds;
    private final WorkingDayCalendar calendar;
    private final PublicationProperties properties;
    private final InputValidator validator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private volatile Clock clock;
    private final MessageSource messages;
    private final PublicityPeriodProcess periods;

    PublicationService(PublicityRepository store, TitleCaseService titleCases, RoundService rounds,
                       WorkingDayCalendar calendar, PublicationProperties properties, InputValidator validator,
                       AuditLog audit, ApplicationEventPublisher events, ObjectProvider<Clock> clock, MessageSource messages,
                       PublicityPeriodProcess periods) {
        this.messages = messages;
        this.periods = periods;
        this.store = store;
        this.titleCases = titleCases;
        this.rounds = rounds;
        this.calendar = calendar;
        this.properties = properties;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Tests set "now" (deterministic periods across weekends and holidays); never called in production. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PublicationProperties limits() {
        return properties;
    }

    /**
     * The round's cases the secretary may publish now: passed by their panel and through integrity review, in no list
     * yet. A round publishes its passed cases together; cases that pass later join a further list of the round.
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseFacts> candidates(long roundId) {
        List<CaseFacts> waiting = titleCases.factsOfRound(roundId, CaseStatus.PUBLICITY, null);
        Set<String> published = new java.util.HashSet<>(store.alreadyPublished(waiting.stream().map(CaseFacts::caseNumber).toList()));
        return waiting.stream().filter(f -> !published.contains(f.caseNumber())).toList();
    }

    /** {@link #publish(long, List, Integer)} with the configured period. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional
    public PublicityView publish(long roundId, List<String> caseNumbers) {
        return publish(roundId, caseNumbers, null);
    }

    /**
     * Publishes the given cases of the round together (once per round), copying their facts with the name masked.
     * Every case must exist, belong to the round and still be running.
     *
     * @param workingDays the period for this round, or null for {@code app.publication.publicity-working-days}
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional
    public PublicityView publish(long roundId, List<String> caseNumbers, Integer workingDays) {
        RoundView round = rounds.find(roundId).orElseThrow(() -> InvalidInputException.of("roundId", "validation.roundUnknown"));
        Set<String> numbers = new LinkedHashSet<>(caseNumbers == null ? List.of() : caseNumbers);
        List<FieldProblem> problems = new ArrayList<>();
        if (numbers.isEmpty()) {
            problems.add(new FieldProblem("caseNumbers", "validation.publicityNoCases"));
        }
        if (workingDays != null && (workingDays < 1 || workingDays > 30)) {
            problems.add(new FieldProblem("workingDays", "validation.publicityWorkingDays", 1, 30));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.lockRound(roundId);
        List<CaseFacts> facts = titleCases.factsOfRound(roundId, null, numbers);
        for (String n : numbers) {
            Optional<CaseFacts> found = facts.stream().filter(f -> f.caseNumber().equals(n)).findFirst();
            if (found.isEmpty()) {
                problems.add(new FieldProblem("caseNumbers", "validation.publicityCaseNotInRound", n, round.name()));
            } else if (found.get().status() != CaseStatus.PUBLICITY) {
                problems.add(new FieldProblem("caseNumbers", "validation.publicityCaseNotPassed", n));
            }
        }
        store.alreadyPublished(List.copyOf(numbers))
                .forEach(n -> problems.add(new FieldProblem("caseNumbers", "validation.publicityCaseTwice", n)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int days = workingDays == null ? properties.publicityWorkingDays() : workingDays;
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate published = now.toLocalDate();
        LocalDate start = calendar.addWorkingDays(published, 1);
        LocalDate end = calendar.addWorkingDays(published, days);
        long id = store.insertPublicity(roundId, now, AuditLog.currentActor(), workingDays, days, start, end);
        // in the order the caller gave them
        numbers.forEach(n -> store.insertEntry(id, facts.stream().filter(f -> f.caseNumber().equals(n)).findFirst().orElseThrow()));
        audit.record("publicity.published", "round:" + roundId, "%d cases, %s to %s (%d working days)"
                .formatted(numbers.size(), start, end, days));
        periods.start(id, end, clock.getZone()); // its timer grants the clean cases when the period has ended
        return view(store.header(id).orElseThrow());
    }

    /** The round's publicity, if it has been published. */
    @Transactional(readOnly = true)
    public Optional<PublicityView> ofRound(long roundId) {
        return store.ofRound(roundId).map(this::view);
    }

    /** Public: the lists whose period has not ended (running, or published and starting on the next working day). */
    @Transactional(readOnly = true)
    public List<PublicityView> current() {
        return store.endingOnOrAfter(today()).stream().map(this::view).toList();
    }

    /** Public: the latest lists whose period has ended. */
    @Transactional(readOnly = true)
    public List<PublicityView> past() {
        return store.endedBefore(today(), PAST_LISTS).stream().map(this::view).toList();
    }

    /** Staff: the entries of a publicity with their case numbers and whether they are paused or held. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN', 'INTEGRITY_OFFICER')")
    @Transactional(readOnly = true)
    public List<PublishedEntry> entries(long publicityId) {
        return store.entries(publicityId);
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
    public long lodgeObjection(long entryId, ObjectionRequest request, List<EvidenceFile> files, String clientAddress) {
        PublicityRepository.Header publicity = store.headerOfEntry(entryId)
                .orElseThrow(() -> InvalidInputException.of("entryId", "validation.publicityEntryUnknown"));
        OffsetDateTime now = OffsetDateTime.now(clock);
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
    public List<ObjectionView> openObjections() {
        return store.open(today());
    }

    /** Integrity officer: the latest answered objections. */
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional(readOnly = true)
    public List<ObjectionView> answeredObjections(int limit) {
        return store.answered(Math.max(1, Math.min(limit, 200)), today());
    }

    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    @Transactional(readOnly = true)
    public Optional<ObjectionView> objection(long objectionId) {
        return store.objection(objectionId, today());
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
        store.answer(objectionId, status, why, AuditLog.currentActor(), OffsetDateTime.now(clock));
        boolean held = store.countOnEntry(state.entryId(), ObjectionStatus.ANSWERED_SUSTAINED) > 0;
        boolean paused = held || store.countOnEntry(state.entryId(), ObjectionStatus.OPEN) > 0;
        store.setEntryState(state.entryId(), paused, held);
        audit.record(sustained ? "objection.sustained" : "objection.unfounded", "case:" + state.caseNumber(),
                "objection " + objectionId + ": " + why);
        events.publishEvent(new ObjectionAnswered(state.caseNumber(), objectionId, sustained));
        if (held) {
            titleCases.publicityEnded(state.caseNumber(), false); // the case process ends: held for investigation
        } else if (!paused && store.headerOfEntry(state.entryId()).map(h -> today().isAfter(h.periodEnd()))
                .orElse(false)) {
            titleCases.publicityEnded(state.caseNumber(), true); // the period is over and the case waited only for this
        }
        return store.objection(objectionId, today()).orElseThrow();
    }

    /**
     * The cases of a publicity to grant on {@code date}: none while the period runs (up to and including its last day);
     * after it, every entry without an open or a sustained objection. An objected case waits for its answer.
     */
    @Transactional(readOnly = true)
    public List<String> casesToGrantAt(long publicityId, LocalDate date) {
        PublicityRepository.Header publicity = store.header(publicityId).orElseThrow(
                () -> new IllegalArgumentException("no publicity " + publicityId));
        return date.isAfter(publicity.periodEnd()) ? store.withoutOpenOrSustained(publicityId) : List.of();
    }

    /**
     * The secretary ends a publicity whose period is over: every case without an open or sustained objection is granted
     * (its process issues the certificate); objected cases wait for their answer. Granting twice grants nothing more.
     *
     * @return the case numbers granted now
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional
    public List<String> grantAfterPeriod(long publicityId) {
        PublicityRepository.Header publicity = store.header(publicityId)
                .orElseThrow(() -> InvalidInputException.of("publicityId", "validation.notFound"));
        if (!today().isAfter(publicity.periodEnd())) {
            throw InvalidInputException.of("publicityId", "validation.publicityRunning", publicity.periodEnd().toString());
        }
        List<String> granted = casesToGrantAt(publicityId, today()).stream()
                .filter(n -> titleCases.publicityEnded(n, true)).toList();
        audit.record("publicity.granted", "round:" + publicity.roundId(), granted.toString());
        return granted;
    }

    /**
     * The publicity list of a round as an .xlsx workbook (issue 5, item 7), as published: masked names, employer,
     * series, level, route, and the period; headers in the given language.
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] publicityXlsx(long publicityId, Locale locale) {
        PublicityView p = view(store.header(publicityId)
                .orElseThrow(() -> InvalidInputException.of("publicityId", "validation.notFound")));
        List<String> headers = List.of("publicity.number", "publicity.name", "publicity.employer", "publicity.series",
                "publicity.level", "publicity.route", "publicity.periodColumn").stream()
                .map(k -> messages.getMessage(k, null, locale)).toList();
        String period = p.periodStart() + " – " + p.periodEnd();
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (PublicEntry e : p.entries()) {
            rows.add(java.util.Arrays.<Object>asList(n++, e.maskedName(), e.employerName(), e.series(),
                    messages.getMessage(e.level().messageKey(), null, locale),
                    e.route() == null ? null : messages.getMessage("publicity.route." + e.route(), null, e.route(), locale),
                    period));
        }
        return org.talentbridge.shared.export.XlsxTable.write(messages.getMessage("publicity.sheet", null, locale), headers, rows);
    }

    private PublicityView view(PublicityRepository.Header h) {
        String roundName = rounds.find(h.roundId()).map(RoundView::name).orElse(null);
        return new PublicityView(h.id(), h.roundId(), roundName, h.publishedAt(), h.workingDays(), h.periodStart(),
                h.periodEnd(), store.publicEntries(h.id()));
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
