package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.shared.policy.TitleLevel;

/** A case as lists show it; the applicant's ID number is masked. */
@Schema(description = "A title case: where it stands")
record CaseSummaryResponse(
        @Schema(example = "ZC2026-000001") String caseNumber,
        @Schema(example = "QUALIFICATION_REVIEW", description = "The stage, one of CaseStatus (SCREENING, SERIES_DECISION, "
                + "EMPLOYER_REVIEW, QUALIFICATION_REVIEW, CORRECTION, READY_FOR_COMMITTEE, INTEGRITY_REVIEW, PUBLICITY, "
                + "GRANTED, NOT_PASSED, HELD, WITHDRAWN, REJECTED, LAPSED, COMPLETED, and stages added later); treat unknown "
                + "values as running") String status,
        @Schema(example = "资格审核中", description = "The stage in the caller's language (Accept-Language)") String statusLabel,
        boolean active,
        String applicantName,
        @Schema(example = "330***********1234") String applicantIdMasked,
        @Schema(example = "焊工") String occupationName,
        @Schema(nullable = true, example = "工程技术", description = "null until the committee secretary decides it (unlisted occupation)")
        String series,
        TitleLevel targetLevel,
        @Schema(nullable = true) String roundName,
        OffsetDateTime submittedAt) {

    static CaseSummaryResponse of(CaseSummary s, MessageSource messages, Locale locale) {
        return new CaseSummaryResponse(s.caseNumber(), s.status().name(),
                messages.getMessage(s.status().messageKey(), null, s.status().name(), locale), s.status().isActive(),
                s.applicantName(), s.applicantIdMasked(), s.occupationName(), s.series(), s.targetLevel(), s.roundName(),
                ApiTimes.of(s.submittedAt()));
    }
}
