package org.talentbridge.applicant;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.talentbridge.shared.policy.AssessmentResult;

/** One annual assessment (年度考核); one per calendar year, not a future year. */
public record AssessmentInput(
        @NotNull(message = "{validation.required}") @Min(value = 1950, message = "{validation.yearTooEarly}") Integer year,
        @NotNull(message = "{validation.required}") AssessmentResult result) {
}
