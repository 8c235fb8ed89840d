package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.talentbridge.casefile.CaseDocument;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.Correction;
import org.talentbridge.casework.ScreeningRecord;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.shared.policy.TitleLevel;

/** {@code GET /api/cases/{caseNumber}}: the case, its latest screening and any pending correction. */
@Schema(description = "A title case with its latest automated screening and any pending correction")
record CaseDetailsResponse(
        CaseSummaryResponse summary,
        @Schema(nullable = true, description = "The latest automated screening (null before the first)") Screening screening,
        @Schema(nullable = true, description = "Present while the case is returned for correction") PendingCorrection correction,
        @Schema(description = "The case file: the documents of the latest submission") List<CaseDocumentResponse> documents) {

    @Schema(description = "The automated screening as stored with the case (rules of 浙人社发〔2022〕77号)")
    record Screening(OffsetDateTime screenedAt, boolean eligible, @Schema(nullable = true) TitleLevel maxLevel,
                     @Schema(nullable = true, allowableValues = {"STANDARD", "GREEN_CHANNEL"}) String route,
                     List<Reason> reasons, String rulesVersion) {
    }

    /** A rule id of PRODUCT.md and what it says about this case, in the caller's language. */
    record Reason(@Schema(example = "T2.2") String rule, String message) {
    }

    @Schema(description = "The reviewer's reason and the deadline for the applicant's correction")
    record PendingCorrection(String reason, @Schema(nullable = true) OffsetDateTime deadline) {
    }

    static CaseDetailsResponse of(CaseDetails d, List<CaseDocument> documents, MessageSource messages,
                                  ScreeningMessages checks, Locale locale) {
        return new CaseDetailsResponse(CaseSummaryResponse.of(d.summary(), messages, locale),
                d.screening().map(s -> screening(s, checks, locale)).orElse(null),
                d.correction().map(CaseDetailsResponse::correction).orElse(null),
                documents.stream().map(CaseDocumentResponse::of).toList());
    }

    private static Screening screening(ScreeningRecord s, ScreeningMessages checks, Locale locale) {
        TitleScreeningResult r = s.result();
        return new Screening(ApiTimes.of(s.screenedAt()), r.eligible(), r.maxLevel(), r.route(),
                r.reasons().stream().map(c -> new Reason(c.rule(), checks.render(c, locale))).toList(), r.rulesVersion());
    }

    private static PendingCorrection correction(Correction c) {
        return new PendingCorrection(c.reason(), ApiTimes.of(c.deadline()));
    }
}
