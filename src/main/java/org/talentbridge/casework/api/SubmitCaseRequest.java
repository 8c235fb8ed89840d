package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * {@code POST /api/cases}: what the applicant chooses; the evidence is the applicant's own profile, frozen at
 * submission. Validated by the service (400 naming the field).
 */
@Schema(description = "A title application (pathway T) from the signed-in applicant's profile")
record SubmitCaseRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "焊工",
                description = "The occupation as the annex spells it, or an unlisted one (the committee secretary then decides the series)")
        String occupationName,
        @Schema(nullable = true, example = "工程技术",
                description = "Required when the annex gives the occupation two series; may be omitted when it gives one")
        String series,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "INTERMEDIATE") TitleLevel targetLevel,
        @Schema(nullable = true, description = "The evaluation round; omitted: the open round covering the series that closes first")
        Long roundId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true",
                description = "The signed ethics declaration (rule T1); must be true")
        boolean ethicsDeclaration) {

    SubmitTitleApplication toCommand() {
        return new SubmitTitleApplication(occupationName, series, targetLevel, ethicsDeclaration, roundId);
    }
}
