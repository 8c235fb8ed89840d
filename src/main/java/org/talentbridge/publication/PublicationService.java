package org.talentbridge.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
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
import org.talentbridge.shared.export.ExportProperties;
import org.talentbridge.shared.export.XlsxTable;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Publicity (公示) of a round's passed cases (issue 5, item 5); the objections to them are {@link Objections}'.
 * <ul>
 *   <li>The secretary publishes the cases together; the period runs from the first working day after publishing for
 *       {@code app.publication.publicity-working-days} working days (or the number given), both ends included.</li>
 *   <li>Anyone reads the lists and may object to an entry during the period ({@link Objections}).</li>
 *   <li>After the period, {@link #casesToGrantAt} names the cases to grant: no open and no sustained objection. The
 *       list's process ({@link PublicityPeriodProcess}) grants them with its timer, one entry per job, or the secretary starts that at once.</li>
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
    private final AuditLog audit;
    private volatile Clock clock;
    private final MessageSource messages;
    private final PublicityPeriodProcess periods;
    private final ExportProperties export;

    PublicationService(PublicityRepository store, TitleCaseService titleCases, RoundService rounds,
                       WorkingDayCalendar calendar, PublicationProperties properties,
                       AuditLog audit, ObjectProvider<Clock> clock, MessageSource messages,
                       PublicityPeriodProcess periods, ExportProperties export) {
        this.export = export;
        this.messages = messages;
        this.periods = periods;
        this.store = store;
        this.titleCases = titleCases;
        this.rounds = rounds;
        this.calendar = calendar;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /** Tests set "now" (deterministic periods across weekends and holidays); never called in production. */
    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The moment by the same clock as {@link #today()} (objections are stamped with it). */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
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
        Map<String, CaseFacts> facts = new HashMap<>();
        titleCases.factsOfRound(roundId, null, numbers).forEach(f -> facts.put(f.caseNumber(), f));
        for (String n : numbers) {
            CaseFacts found = facts.get(n);
            if (found == null) {
                problems.add(new FieldProblem("caseNumbers", "validation.publicityCaseNotInRound", n, round.name()));
            } else if (found.status() != CaseStatus.PUBLICITY) {
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
        // in the order the caller gave them, in batched statements
        store.insertEntries(id, numbers.stream().map(facts::get).toList());
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
     * The cases of a publicity to grant on {@code date}: none while the period runs (up to and including its last day);
     * after it, every entry without an open or a sustained objection. An objected case waits for its answer.
     */
    @Transactional(readOnly = true)
    public List<String> casesToGrantAt(long publicityId, LocalDate date) {
        PublicityRepository.Header publicity = store.header(publicityId).orElseThrow(
                () -> new IllegalArgumentException("no publicity " + publicityId));
        return ended(publicity, date) ? store.withoutOpenOrSustained(publicityId) : List.of();
    }

    /**
     * The secretary ends a publicity whose period is over: its entries are granted one job each in the background, as
     * the list's timer does (processes/publicity-period.bpmn, {@link PublicityPeriodProcess#grantNow}); this request only
     * starts them. Every case without an open or sustained objection is granted (its process issues the certificate);
     * objected cases wait for their answer. Granting twice grants nothing more.
     *
     * @return how far the grant has come (the screen shows it, {@link #grantProgress})
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional
    public GrantProgress grantAfterPeriod(long publicityId) {
        PublicityRepository.Header publicity = endedPeriod(publicityId);
        periods.grantNow(publicityId, clock);
        audit.record("publicity.grantRequested", "round:" + publicity.roundId(), "publicity " + publicityId);
        return periods.progress(publicityId);
    }

    /** How far the grant of the list has come (the secretary's screen). */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public GrantProgress grantProgress(long publicityId) {
        return periods.progress(publicityId);
    }

    /**
     * {@code Task_ListEntries}: the number of entries of a list whose period is over, one grant job each. Refused (the
     * job fails and is retried) while the period runs by this node's clock.
     */
    @Transactional(readOnly = true)
    public int entriesToGrant(long publicityId) {
        endedPeriod(publicityId);
        return store.countEntries(publicityId);
    }

    /**
     * One grant job ({@code Task_GrantEntry}): the list's entry at {@code index} (in the order published) is granted,
     * in the caller's transaction, unless an objection to it is open or was sustained (it waits for its answer, which
     * grants it then) or its case is no longer in publicity (granted already, held, withdrawn): then nothing changes.
     *
     * @return the case number granted now, if any
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional
    public Optional<String> grantEntry(long publicityId, int index) {
        PublicityRepository.Header publicity = endedPeriod(publicityId);
        // locked as an objection's answer locks it: the answer and this job never both grant the case
        PublishedEntry entry = store.lockEntryAt(publicityId, index)
                .orElseThrow(() -> new IllegalStateException("publicity " + publicityId + " has no entry " + index));
        if (store.objectedOpenOrSustained(entry.id()) || !titleCases.publicityEnded(entry.caseNumber(), true)) {
            return Optional.empty();
        }
        audit.record("publicity.granted", "round:" + publicity.roundId(), entry.caseNumber());
        return Optional.of(entry.caseNumber());
    }

    /** The publicity, refused on {@code publicityId} when unknown or while its period runs (its last day included). */
    private PublicityRepository.Header endedPeriod(long publicityId) {
        PublicityRepository.Header publicity = store.header(publicityId)
                .orElseThrow(() -> InvalidInputException.of("publicityId", "validation.notFound"));
        if (!ended(publicity, today())) {
            throw InvalidInputException.of("publicityId", "validation.publicityRunning", publicity.periodEnd().toString());
        }
        return publicity;
    }

    /** The period is over on {@code date}: it is after the period's last day. */
    private static boolean ended(PublicityRepository.Header publicity, LocalDate date) {
        return date.isAfter(publicity.periodEnd());
    }

    /**
     * The publicity list of a round as an .xlsx workbook (issue 5, item 7), as published: masked names, employer,
     * series, level, route, and the period; headers in the given language.
     */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] publicityXlsx(long publicityId, Locale locale) {
        PublicityRepository.Header p = store.header(publicityId)
                .orElseThrow(() -> InvalidInputException.of("publicityId", "validation.notFound"));
        List<String> headers = List.of("publicity.number", "publicity.name", "publicity.employer", "publicity.series",
                "publicity.level", "publicity.route", "publicity.periodColumn").stream()
                .map(k -> messages.getMessage(k, null, locale)).toList();
        String period = p.periodStart() + " – " + p.periodEnd();
        int[] n = {1};
        // streamed: the entries come from a cursor straight into the sheet, which keeps only its last rows in memory
        return XlsxTable.write(messages.getMessage("publicity.sheet", null, locale), headers,
                sink -> store.eachPublicEntry(publicityId, e -> sink.accept(java.util.Arrays.<Object>asList(n[0]++,
                        e.maskedName(), e.employerName(), e.series(), messages.getMessage(e.level().messageKey(), null, locale),
                        e.route() == null ? null : messages.getMessage("publicity.route." + e.route(), null, e.route(), locale),
                        period))), export.xlsxWindowRows());
    }

    private PublicityView view(PublicityRepository.Header h) {
        String roundName = rounds.find(h.roundId()).map(RoundView::name).orElse(null);
        return new PublicityView(h.id(), h.roundId(), roundName, h.publishedAt(), h.workingDays(), h.periodStart(),
                h.periodEnd(), store.publicEntries(h.id()));
    }
}
