package org.talentbridge.casework;

import java.time.OffsetDateTime;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningResult;

/** A case's screening as stored (JSON in {@code screening_result.outcome}) and shown: the inputs and the result. */
public record ScreeningRecord(OffsetDateTime screenedAt, TitleScreeningRequest input, TitleScreeningResult result) {
}
