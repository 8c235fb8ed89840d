package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.IdNumber;
import org.talentbridge.shared.validation.PlausibleDate;
import org.talentbridge.shared.validation.Text;

/** {@code POST /api/screening/title} (PRODUCT.md "Screening API"): pathway T without a case. */
@Schema(description = "Pathway T screening request. Dates are ISO-8601. Missing lists count as empty.")
public record TitleScreeningRequest(
        @Schema(example = "2026-12-31", description = "the round's reference date; years and the assessment window are counted to it")
        @NotNull(message = "{validation.required}") @PlausibleDate LocalDate referenceDate,
        @Schema(example = "焊工", description = "occupation (职业工种) of the application, as the annex names it, or an unlisted one")
        @Text String occupation,
        @Schema(example = "工程技术", nullable = true, description = "required when the annex gives two series; null when it gives one")
        String series,
        @Schema(example = "INTERMEDIATE") @NotNull(message = "{validation.required}") TitleLevel targetLevel,
        @Valid List<@NotNull(message = "{validation.required}") HeldSkillLevel> skillLevels,
        @Valid List<@NotNull(message = "{validation.required}") Work> workPeriods,
        @Valid List<@NotNull(message = "{validation.required}") Assessment> annualAssessments,
        List<@NotNull(message = "{validation.required}") Award> awards,
        @Schema(example = "true") @NotNull(message = "{validation.required}") Boolean ethicsDeclaration,
        @Schema(nullable = true, description = "with an ID number the caller must be authenticated, and the integrity file is checked")
        @IdNumber String idNumber) {

    public TitleScreeningRequest {
        skillLevels = skillLevels == null ? List.of() : skillLevels;
        workPeriods = workPeriods == null ? List.of() : workPeriods;
        annualAssessments = annualAssessments == null ? List.of() : annualAssessments;
        awards = awards == null ? List.of() : awards;
    }

    /**
     * A skill level held (职业资格或职业技能等级). The certificate number is optional; pathway S names it when it
     * refuses a level already held (S2).
     */
    public record HeldSkillLevel(
            @Schema(example = "TECHNICIAN") @NotNull(message = "{validation.required}") SkillLevel level,
            @Schema(example = "焊工") @Text String occupation,
            @Schema(example = "2022-06-30") @NotNull(message = "{validation.required}") @PlausibleDate LocalDate obtainedOn,
            @Schema(example = "S330900202206300017", nullable = true)
            @Size(max = 64, message = "{validation.tooLong}") String certificateNumber) {

        public HeldSkillLevel(SkillLevel level, String occupation, LocalDate obtainedOn) {
            this(level, occupation, obtainedOn, null);
        }
    }

    /** A work period; {@code to} inclusive, null while ongoing. */
    public record Work(
            @Schema(example = "2022-07-01") @NotNull(message = "{validation.required}") @PlausibleDate LocalDate from,
            @Schema(example = "null", nullable = true) @PlausibleDate LocalDate to,
            @Schema(example = "焊工") @Text String occupation,
            @Schema(example = "true") @NotNull(message = "{validation.required}") Boolean technicalSkillWork) {

        /** A refusal on {@code workPeriods[i].to} for every period of the list that ends before it starts. */
        static List<FieldProblem> endingBeforeStart(List<Work> periods) {
            List<FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < periods.size(); i++) {
                Work w = periods.get(i);
                if (w.to() != null && w.from() != null && w.to().isBefore(w.from())) {
                    problems.add(new FieldProblem("workPeriods[" + i + "].to", "validation.endBeforeStart"));
                }
            }
            return problems;
        }
    }

    /** One annual assessment (年度考核). */
    public record Assessment(
            @Schema(example = "2025") @NotNull(message = "{validation.required}") Integer year,
            @Schema(example = "QUALIFIED") @NotNull(message = "{validation.required}") AssessmentResult result) {
    }
}
