package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** {@code POST /api/employer-reviews/{taskId}/return}. */
@Schema(description = "Why the case goes back to the applicant for correction")
record ReturnRequest(
        @Size(max = 1000, message = "{validation.tooLong}")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000, example = "请补充 2023 年度考核证明",
                description = "The applicant reads it") String reason) {
}
