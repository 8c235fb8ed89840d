package org.talentbridge.skilleval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.account.AccountView;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * A row of {@code tb.skill_case} with its organisation's name, read by the skill case services
 * ({@link SkillCaseService}, {@link SkillCaseEndings}, {@link SkillEvaluationInbox}).
 */
record SkillCaseRow(Long id, String caseNumber, Long applicantId, String occupationName,
                        org.talentbridge.shared.policy.SkillLevel targetLevel, OrganisationKind preferredChannel,
                        String relatedMajor, String profileSnapshot, SkillCaseStatus status, String statusReason,
                        String screening, OrganisationKind channel, Long organisationId, String organisationName,
                        Boolean theoryExempt, Integer operationalScore, Boolean operationalPassed, Integer theoryScore,
                        Boolean theoryPassed, Boolean passed, String assessedBy, OffsetDateTime assessedAt,
                        String processInstanceId, OffsetDateTime submittedAt, boolean direct, String directEvidence,
                        Boolean admissionAdmitted, String admissionReason, String admissionDecidedBy,
                        OffsetDateTime admissionDecidedAt) {

        static final String COLUMNS = """
                c.id, c.case_number, c.applicant_id, c.occupation_name, c.target_level, c.preferred_channel, c.related_major,
                c.profile_snapshot, c.status, c.status_reason, c.screening, c.channel, c.organisation_id, o.name as organisation_name,
                c.theory_exempt, c.operational_score, c.operational_passed, c.theory_score, c.theory_passed, c.passed,
                c.assessed_by, c.assessed_at, c.process_instance_id, c.submitted_at, c.direct, c.direct_evidence,
                c.admission_admitted, c.admission_reason, c.admission_decided_by, c.admission_decided_at
                from tb.skill_case c left join tb.evaluation_organisation o on o.id = c.organisation_id""";

    static Optional<SkillCaseRow> one(JdbcTemplate jdbc, String where, Object... args) {
        return jdbc.query("select " + COLUMNS + " where " + where, SkillCaseRow::map, args).stream().findFirst();
    }

    static SkillCaseRow byId(JdbcTemplate jdbc, long id) {
        return one(jdbc, "c.id = ?", id).orElseThrow();
    }

    SkillCaseSummary summary(AccountView applicant) {
        return new SkillCaseSummary(caseNumber, applicant.displayName(), ChineseIdNumber.mask(applicant.idNumber()),
                occupationName, targetLevel, status, channel, organisationName, submittedAt);
    }

        static SkillCaseRow map(ResultSet rs, int n) throws SQLException {
            String channel = rs.getString("channel");
            return new SkillCaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("applicant_id"), rs.getString("occupation_name"),
                    org.talentbridge.shared.policy.SkillLevel.valueOf(rs.getString("target_level")),
                    OrganisationKind.valueOf(rs.getString("preferred_channel")), rs.getString("related_major"),
                    rs.getString("profile_snapshot"), SkillCaseStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                    rs.getString("screening"), channel == null ? null : OrganisationKind.valueOf(channel),
                    rs.getObject("organisation_id", Long.class), rs.getString("organisation_name"),
                    rs.getObject("theory_exempt", Boolean.class), rs.getObject("operational_score", Integer.class),
                    rs.getObject("operational_passed", Boolean.class), rs.getObject("theory_score", Integer.class),
                    rs.getObject("theory_passed", Boolean.class), rs.getObject("passed", Boolean.class), rs.getString("assessed_by"),
                    rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("process_instance_id"),
                    rs.getObject("submitted_at", OffsetDateTime.class), rs.getBoolean("direct"), rs.getString("direct_evidence"),
                    rs.getObject("admission_admitted", Boolean.class), rs.getString("admission_reason"),
                    rs.getString("admission_decided_by"), rs.getObject("admission_decided_at", OffsetDateTime.class));
        }
}
