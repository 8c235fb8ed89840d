package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.validation.Text;

/** {@code POST /api/screening/exam-equivalence}: pathway Q. */
public record ExamEquivalenceRequest(
        @Schema(example = "SENIOR_WORKER_CLASS") @NotNull(message = "{validation.required}") TechnicalSchoolClass technicalSchoolClass,
        @Schema(example = "ACCOUNTING", description = "ECONOMICS, ACCOUNTING, STATISTICS, AUDIT, TRANSLATION, PUBLISHING, "
                + "TELECOM, COMPUTER_TECHNOLOGY are the listed exams; any other exam gets a reason, not an error")
        @Text(max = 40) @Pattern(regexp = "\\s*[A-Za-z_]+\\s*", message = "{validation.examField}") String examField) {
}
