package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.talentbridge.casework.ReviewDecision;

/** {@code POST /api/tasks/{taskId}/decision}. */
@Schema(description = "A qualification-review decision on a task the caller holds")
record DecisionRequest(
        @NotNull(message = "{validation.required}")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "RETURN") ReviewDecision decision,
        @Size(max = 1000, message = "{validation.tooLong}")
        @Schema(nullable = true, maxLength = 1000, example = "请补充 2023 年度考核证明",
                description = "Required for RETURN and REJECT; the applicant reads it") String reason) {
}
