package org.talentbridge.certificate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    RoundResultsService(JdbcTemplate jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RoundResultRow> results(Long roundId) {
        return jdbc.query("""
                select c.case_number, a.display_name, a.id_number, e.name as employer, c.series, c.target_level,
                       (select s.route from tb.screening_result s where s.case_id = c.id
                        order by s.screened_at desc, s.id desc limit 1) as route,
                       c.status, t.passed, cert.certificate_number
                from tb.title_case c
                join tb.account a on a.id = c.applicant_id
                left join tb.employer e on e.id = c.employer_id
                left join tb.certificate cert on cert.kind = 'TITLE' and cert.case_number = c.case_number
                left join lateral (select bool_or(pt.passed) as passed from tb.panel_tally pt
                                   where pt.case_number = c.case_number) t on true
                where c.round_id = ? and (cert.id is not null or t.passed is not null)
                order by c.case_number""",
                (rs, n) -> new RoundResultRow(rs.getString("case_number"), rs.getString("display_name"),
                        ChineseIdNumber.mask(rs.getString("id_number")), rs.getString("employer"), rs.getString("series"),
                        rs.getString("target_level"), rs.getString("route"), rs.getString("status"),
                        (Boolean) rs.getObject("passed"), rs.getString("certificate_number")),
                roundId);
    }

    /** The results as an .xlsx workbook, headers and values in the given language. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] xlsx(Long roundId, Locale locale) {
        List<String> headers = HEADER_KEYS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        List<List<Object>> rows = results(roundId).stream().map(r -> Arrays.<Object>asList(r.caseNumber(),
                r.applicantName(), r.applicantIdMasked(), r.employerName(), r.series(),
                messages.getMessage("titleLevel." + r.targetLevel(), null, locale),
                r.route() == null ? null : messages.getMessage("results.route." + r.route(), null, r.route(), locale),
                messages.getMessage("caseStatus." + r.status(), null, r.status(), locale),
                r.committeePassed() == null ? null
                        : messages.getMessage(r.committeePassed() ? "results.passed" : "results.failed", null, locale),
                r.certificateNumber())).toList();
        return XlsxTable.write(messages.getMessage("results.sheet", null, locale), headers, rows);
    }
}
