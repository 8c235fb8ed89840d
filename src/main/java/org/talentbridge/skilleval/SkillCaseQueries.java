package org.talentbridge.skilleval;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.policy.SkillLevel;

/**
 * Skill evaluation's query API for other modules (issue 14): facts of skill cases as records, so that no module reads
 * the skill tables. No permission of its own: the calling service has checked its caller.
 */
@Component
public class SkillCaseQueries {

    /** One of a person's skill cases. */
    public record SkillCaseLine(String caseNumber, SkillLevel targetLevel, SkillCaseStatus status, OffsetDateTime submittedAt) {
    }

    private final JdbcTemplate jdbc;

    SkillCaseQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The applicant's account of a skill case. */
    @Transactional(readOnly = true)
    public Optional<Long> applicantOf(String caseNumber) {
        return jdbc.queryForList("select applicant_id from tb.skill_case where case_number = ?", Long.class, caseNumber)
                .stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<SkillCaseStatus> statusOf(String caseNumber) {
        return jdbc.queryForList("select status from tb.skill_case where case_number = ?", String.class, caseNumber)
                .stream().findFirst().map(SkillCaseStatus::valueOf);
    }

    /** A person's skill cases, newest first. */
    @Transactional(readOnly = true)
    public List<SkillCaseLine> casesOf(long applicantId) {
        return jdbc.query("""
                select case_number, target_level, status, submitted_at from tb.skill_case where applicant_id = ?
                order by submitted_at desc""",
                (rs, n) -> new SkillCaseLine(rs.getString(1), SkillLevel.valueOf(rs.getString(2)),
                        SkillCaseStatus.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class)), applicantId);
    }
}
