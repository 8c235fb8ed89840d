package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/** {@code POST /api/screening/exam-equivalence}: pathway Q. */
public record ExamEquivalenceRequest(
        @Schema(example = "SENIOR_WORKER_CLASS") @NotNull(message = "{validation.required}") TechnicalSchoolClass technicalSchoolClass,
        @Schema(example = "ACCOUNTING", description = "ECONOMICS, ACCOUNTING, STATISTICS, AUDIT, TRANSLATION, PUBLISHING, "
                + "TELECOM, COMPUTER_TECHNOLOGY are the listed exams; any other exam gets a reason, not an error")
        @NotBlank(message = "{validation.required}") String examField) {
}
