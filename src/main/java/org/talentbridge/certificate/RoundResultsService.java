package org.talentbridge.certificate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseQueries;
import org.talentbridge.committee.PanelOutcomes;
import org.talentbridge.employer.EmployerNames;
import org.talentbridge.shared.export.ExportProperties;
import org.talentbridge.shared.export.XlsxTable;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * A round's results (issue 5, item 7): every title case of the round with a decision — a committee tally or a granted
 * title — and its certificate number, on screen and as the .xlsx list the provincial offices take.
 */
@Service
public class RoundResultsService {

    static final List<String> HEADER_KEYS = List.of("field.caseNumber", "results.applicantName", "results.idMasked",
            "field.employerName", "field.series", "field.targetLevel", "results.route", "results.status",
            "results.committee", "certificate.number");

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final CaseQueries cases;
    private final AccountService accounts;
    private final EmployerNames employers;
    private final PanelOutcomes panels;
    /** Cases read together while listing or exporting a round's results ({@code app.certificates.results-page-size}). */
    private final int page;
    private final ExportProperties export;

    RoundResultsService(JdbcTemplate jdbc, MessageSource messages, CaseQueries cases, AccountService accounts,
                        EmployerNames employers, PanelOutcomes panels, CertificateProperties properties,
                        ExportProperties export) {
        this.page = properties.resultsPageSize();
        this.export = export;
        this.jdbc = jdbc;
        this.messages = messages;
        this.cases = cases;
        this.accounts = accounts;
        this.employers = employers;
        this.panels = panels;
    }

    /** The round's cases from casework, their people and employers, the panels' tallies and the certificates issued. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RoundResultRow> results(Long roundId) {
        List<RoundResultRow> rows = new ArrayList<>();
        eachResult(roundId, rows::add);
        return rows;
    }

    /**
     * The results, page by page of {@code app.certificates.results-page-size} cases (a few queries per page, never one per case), to {@code sink}
     * in case-number order: only one page of people, tallies and certificates is held at a time.
     */
    private void eachResult(Long roundId, Consumer<RoundResultRow> sink) {
        List<CaseQueries.RoundCase> round = cases.ofRound(roundId);
        for (int from = 0; from < round.size(); from += this.page) {
            List<CaseQueries.RoundCase> page = round.subList(from, Math.min(round.size(), from + this.page));
            List<String> numbers = page.stream().map(CaseQueries.RoundCase::caseNumber).toList();
            Map<String, Boolean> passed = panels.passedOf(numbers);
            Map<String, String> certificates = new HashMap<>();
            jdbc.query("select case_number, certificate_number from tb.certificate where kind = 'TITLE' and case_number = any (?)",
                    rs -> {
                        certificates.put(rs.getString(1), rs.getString(2));
                    }, (Object) numbers.toArray(String[]::new));
            List<CaseQueries.RoundCase> decided = page.stream()
                    .filter(c -> certificates.containsKey(c.caseNumber()) || passed.containsKey(c.caseNumber())).toList();
            Map<Long, AccountView> people = accounts.findAllById(decided.stream().map(CaseQueries.RoundCase::applicantId).toList());
            Map<Long, String> employerNames = employers.of(decided.stream().map(CaseQueries.RoundCase::employerId).toList());
            decided.forEach(c -> {
                AccountView a = people.get(c.applicantId());
                sink.accept(new RoundResultRow(c.caseNumber(), a == null ? null : a.displayName(),
                        a == null ? null : ChineseIdNumber.mask(a.idNumber()), employerNames.get(c.employerId()), c.series(),
                        c.targetLevel().name(), c.route(), c.status().name(), passed.get(c.caseNumber()),
                        certificates.get(c.caseNumber())));
            });
        }
    }

    /** The results as an .xlsx workbook, headers and values in the given language. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] xlsx(Long roundId, Locale locale) {
        List<String> headers = HEADER_KEYS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        // streamed: each page of results becomes rows of the sheet, which keeps only its last rows in memory
        return XlsxTable.write(messages.getMessage("results.sheet", null, locale), headers, sink -> eachResult(roundId,
                r -> sink.accept(Arrays.<Object>asList(r.caseNumber(),
                r.applicantName(), r.applicantIdMasked(), r.employerName(), r.series(),
                messages.getMessage("titleLevel." + r.targetLevel(), null, locale),
                r.route() == null ? null : messages.getMessage("results.route." + r.route(), null, r.route(), locale),
                messages.getMessage("caseStatus." + r.status(), null, r.status(), locale),
                r.committeePassed() == null ? null
                        : messages.getMessage(r.committeePassed() ? "results.passed" : "results.failed", null, locale),
                r.certificateNumber()))), export.xlsxWindowRows());
    }
}
