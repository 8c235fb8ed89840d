package org.talentbridge.skilleval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.SkillScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningRequest;

/**
 * What the rules feature needs to screen a skill case again (issue 18: what-if and re-screening): the case's last
 * screening and the request it was made on, rebuilt from the profile frozen with the case, on the day it was screened,
 * with the channel facts (accredited employer, access-type qualification) its checklist recorded. No permission of its
 * own: the calling service has checked its caller.
 */
@Component
public class SkillCaseFacts {

    /** A screened skill case: its status, its stored screening and the request that screening answered. */
    public record Screened(String caseNumber, SkillCaseStatus status, String applicant, SkillScreeningRecord record,
                           SkillScreeningRequest request) {

        /**
         * The checks that are the case's own and not the rules' (the related major, S3; the organisation it was routed
         * to, S4): a re-screening keeps them as they were.
         */
        public List<Check> routing() {
            return record.checks().stream().filter(c -> c.messageKey().startsWith("skilleval.screening.")).toList();
        }

        /** Whether the routing found an organisation (an eligible case also needs one). */
        public boolean routed() {
            return routing().stream().noneMatch(c -> c.outcome() == Check.Outcome.NOT_MET);
        }
    }

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final ObjectMapper json;

    SkillCaseFacts(JdbcTemplate jdbc, AccountService accounts, ObjectMapper json) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.json = json;
    }

    /** The running skill cases (screened and waiting for their assessment), oldest first. */
    @Transactional(readOnly = true)
    public List<String> openCaseNumbers() {
        return jdbc.queryForList("select case_number from tb.skill_case where status in " + SkillCaseStatus.ACTIVE_SQL
                + " and screening is not null order by submitted_at, id", String.class);
    }

    /** Whether a skill case of this number exists. */
    @Transactional(readOnly = true)
    public boolean exists(String caseNumber) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from tb.skill_case where case_number = ?)",
                Boolean.class, caseNumber));
    }

    /** A skill case with its last screening and the request it answered; empty when unknown or not screened. */
    @Transactional(readOnly = true)
    public Optional<Screened> screened(String caseNumber) {
        return SkillCaseRow.one(jdbc, "c.case_number = ?", caseNumber).filter(c -> c.screening() != null).map(this::screened);
    }

    Screened screened(SkillCaseRow c) {
        SkillScreeningRecord record = read(c.screening(), SkillScreeningRecord.class);
        ProfileSnapshot evidence = read(c.profileSnapshot(), ProfileSnapshot.class);
        AccountView applicant = accounts.findById(c.applicantId()).orElseThrow();
        boolean accessType = record.checks().stream().anyMatch(ch -> ch.messageKey().equals("screening.S4.accessType"));
        boolean accredited = record.checks().stream().anyMatch(ch -> ch.messageKey().equals("screening.S4.employer"));
        // the request SkillCaseService.screen made, on the day the case was screened
        SkillScreeningRequest request = request(c, evidence, record.screenedAt().toLocalDate(), accredited, accessType,
                applicant.idNumber());
        return new Screened(c.caseNumber(), c.status(), applicant.username(), record, request);
    }

    /**
     * The skill rules' request for a case on its frozen profile: the one place it is built, for the screening at
     * submission and for every re-screening.
     */
    static SkillScreeningRequest request(SkillCaseRow c, ProfileSnapshot evidence, LocalDate on, boolean accredited,
                                         boolean accessType, String idNumber) {
        return new SkillScreeningRequest(on, c.targetLevel(), c.occupationName(),
                evidence.titles().stream().map(t -> new SkillScreeningRequest.HeldTitle(t.level(), t.series(), t.obtainedOn())).toList(),
                evidence.certificates().stream().map(s -> new TitleScreeningRequest.HeldSkillLevel(s.level(), s.occupationName(),
                        s.obtainedOn(), s.certificateNumber())).toList(),
                evidence.workPeriods().stream().filter(ProfileSnapshot.Work::technicalSkillWork)
                        .map(w -> new TitleScreeningRequest.Work(w.from(), w.to(), w.occupationName(), true)).toList(),
                c.relatedMajor() != null, accredited, accessType, idNumber);
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
