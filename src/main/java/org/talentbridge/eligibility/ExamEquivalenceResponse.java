package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer of {@code POST /api/screening/exam-equivalence}. */
public record ExamEquivalenceResponse(
        boolean applies,
        @Schema(nullable = true, allowableValues = {"SECONDARY_VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR"}) String educationLevel,
        List<TitleScreeningResponse.Reason> reasons,
        String rulesVersion) {
}
