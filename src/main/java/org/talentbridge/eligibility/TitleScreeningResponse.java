package org.talentbridge.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.talentbridge.shared.policy.TitleLevel;

/** The answer of {@code POST /api/screening/title}, exactly as PRODUCT.md specifies it. */
public record TitleScreeningResponse(
        boolean eligible,
        @Schema(nullable = true) TitleLevel maxLevel,
        @Schema(nullable = true, allowableValues = {"STANDARD", "GREEN_CHANNEL"}) String route,
        @Schema(nullable = true) String series,
        boolean needsSeriesDecision,
        List<Reason> reasons,
        String rulesVersion) {

    /** A rule (id of PRODUCT.md) and what it says about this request, in the caller's language. */
    public record Reason(@Schema(example = "T2.2") String rule, String message) {
    }
}
