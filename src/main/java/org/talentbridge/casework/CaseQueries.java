package org.talentbridge.casework;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Casework's query API for other modules (issue 14): facts of title cases as records, so that no module reads the
 * casework tables. No permission of its own: the calling service has checked its caller.
 */
@Component
public class CaseQueries {

    /** A case in one of these states has ended without a title: granting it is a programming error. */
    private static final Set<CaseStatus> ENDED_WITHOUT_TITLE = EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.REJECTED,
            CaseStatus.LAPSED, CaseStatus.NOT_PASSED, CaseStatus.HELD);
    private static final String ROUTE = """
            (select s.route from tb.screening_result s where s.case_id = c.id
             order by s.screened_at desc, s.id desc limit 1)""";

    /** One of a person's title cases. */
    public record CaseLine(String caseNumber, TitleLevel targetLevel, CaseStatus status, OffsetDateTime submittedAt) {
    }

    /** A case of a round as its results list needs it. */
    public record RoundCase(String caseNumber, long applicantId, Long employerId, String series, TitleLevel targetLevel,
                            String route, CaseStatus status) {
    }

    private final TitleCaseRepository cases;
    private final CaseScreeningRepository screenings;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;

    CaseQueries(TitleCaseRepository cases, CaseScreeningRepository screenings, AccountService accounts, JdbcTemplate jdbc) {
        this.cases = cases;
        this.screenings = screenings;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /**
     * What granting this case's title certifies (the facts {@link CaseGranted} carries).
     *
     * @throws IllegalArgumentException no such case, or it has no series yet
     * @throws IllegalStateException    the case ended withdrawn, rejected, lapsed, not passed or held
     */
    @Transactional(readOnly = true)
    public CaseGranted granted(String caseNumber) {
        TitleCase c = cases.findByCaseNumber(caseNumber).filter(found -> found.getSeries() != null)
                .orElseThrow(() -> new IllegalArgumentException("no case with a series: " + caseNumber));
        if (ENDED_WITHOUT_TITLE.contains(c.getStatus())) {
            throw new IllegalStateException(caseNumber + " ended " + c.getStatus() + ": no title to grant");
        }
        return CaseGranted.of(c, accounts.findById(c.getApplicantId()).orElseThrow(),
                screenings.findFirstByCaseIdOrderByScreenedAtDescIdDesc(c.getId()).map(CaseScreening::getRoute).orElse(null));
    }

    /** The applicant's account of a case. */
    @Transactional(readOnly = true)
    public Optional<Long> applicantOf(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(TitleCase::getApplicantId);
    }

    @Transactional(readOnly = true)
    public Optional<CaseStatus> statusOf(String caseNumber) {
        return cases.findByCaseNumber(caseNumber).map(TitleCase::getStatus);
    }

    /** A person's title cases, newest first. */
    @Transactional(readOnly = true)
    public List<CaseLine> casesOf(long applicantId) {
        return cases.findByApplicantIdOrderBySubmittedAtDesc(applicantId).stream()
                .map(c -> new CaseLine(c.getCaseNumber(), c.getTargetLevel(), c.getStatus(), c.getSubmittedAt())).toList();
    }

    /** Every case of a round, by case number. */
    @Transactional(readOnly = true)
    public List<RoundCase> ofRound(long roundId) {
        return jdbc.query("select c.case_number, c.applicant_id, c.employer_id, c.series, c.target_level, " + ROUTE
                        + " as route, c.status from tb.title_case c where c.round_id = ? order by c.case_number",
                (rs, n) -> new RoundCase(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                        TitleLevel.valueOf(rs.getString(5)), rs.getString(6), CaseStatus.valueOf(rs.getString(7))), roundId);
    }
}
