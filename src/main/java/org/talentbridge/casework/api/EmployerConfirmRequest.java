package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.talentbridge.casework.EmployerConfirmation;

/** {@code POST /api/employer-reviews/{taskId}/confirm}. */
@Schema(description = "The employer confirms the case's work history and annual assessments (and the post, rule E)")
record EmployerConfirmRequest(
        @NotNull(message = "{validation.required}") @AssertTrue(message = "{validation.mustConfirm}")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean workHistoryConfirmed,
        @NotNull(message = "{validation.required}") @AssertTrue(message = "{validation.mustConfirm}")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean assessmentsConfirmed,
        @Size(max = 200, message = "{validation.tooLong}")
        @Schema(nullable = true, maxLength = 200, example = "专业技术岗位（中级）",
                description = "Required when the applicant is public-institution staff on the establishment") String postConfirmation) {

    EmployerConfirmation confirmation() {
        return new EmployerConfirmation(workHistoryConfirmed, assessmentsConfirmed, postConfirmation);
    }
}
