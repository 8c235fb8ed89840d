package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.talentbridge.eligibility.TitleScreeningRequest.HeldSkillLevel;
import org.talentbridge.eligibility.TitleScreeningRequest.Work;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.IdNumber;
import org.talentbridge.shared.validation.PlausibleDate;
import org.talentbridge.shared.validation.Text;

/** {@code POST /api/screening/skill}: pathway S (rules S1-S4) without a case. Missing lists count as empty. */
@Schema(description = "Pathway S screening request: a titled professional applying for a skill level")
public record SkillScreeningRequest(
        @Schema(example = "2026-12-31", nullable = true, description = "the date to screen on; today when null")
        @PlausibleDate LocalDate referenceDate,
        @Schema(example = "TECHNICIAN") @NotNull(message = "{validation.required}") SkillLevel targetLevel,
        @Schema(example = "电工", description = "the occupation (职业工种) of the skill level applied for")
        @Text String occupation,
        @Valid List<@NotNull(message = "{validation.required}") HeldTitle> titles,
        @Valid List<@NotNull(message = "{validation.required}") HeldSkillLevel> skillLevels,
        @Valid List<@NotNull(message = "{validation.required}") Work> workPeriods,
        @Schema(example = "false", description = "holds a graduation certificate in a related major (S3: theory exam exempt)")
        @NotNull(message = "{validation.required}") Boolean relatedMajorDegree,
        @Schema(example = "false", description = "the employer is accredited for skill-level certification (S4)")
        @NotNull(message = "{validation.required}") Boolean employerAccredited,
        @Schema(example = "false", description = "the skill is an access-type qualification (准入类, S4)")
        @NotNull(message = "{validation.required}") Boolean accessTypeQualification,
        @Schema(nullable = true) @IdNumber String idNumber) {

    public SkillScreeningRequest {
        titles = titles == null ? List.of() : titles;
        skillLevels = skillLevels == null ? List.of() : skillLevels;
        workPeriods = workPeriods == null ? List.of() : workPeriods;
    }

    /** A professional title held. */
    public record HeldTitle(
            @Schema(example = "INTERMEDIATE") @NotNull(message = "{validation.required}") TitleLevel level,
            @Schema(example = "工程技术") @Text(max = 64) String series,
            @Schema(example = "2020-12-25") @NotNull(message = "{validation.required}") @PlausibleDate LocalDate obtainedOn) {
    }
}
