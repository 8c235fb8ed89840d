package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.talentbridge.shared.policy.SkillLevel;

/** The answer of {@code POST /api/screening/skill}. */
public record SkillScreeningResponse(
        boolean eligible,
        @Schema(nullable = true) SkillLevel highestLevel,
        List<TitleScreeningResponse.Reason> reasons,
        boolean theoryExamExempt,
        @Schema(description = "EMPLOYER, SOCIAL_ORGANISATION or REGISTERED_APPRAISAL_INSTITUTION") List<String> channels,
        String rulesVersion) {
}
