package org.talentbridge.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * What the applicant chooses when applying for a title: the occupation (from the annex or unlisted), the
 * series when the annex gives two, the target level, the signed ethics declaration (T1), and the round
 * (评审批次) it goes into.
 */
public record SubmitTitleApplication(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String occupationName,
        String series,
        @NotNull(message = "{validation.required}") TitleLevel targetLevel,
        @AssertTrue(message = "{validation.ethicsRequired}") boolean ethicsDeclaration,
        Long roundId) {

    /** Into the open round that covers the series (the first to close, when several do). */
    public SubmitTitleApplication(String occupationName, String series, TitleLevel targetLevel, boolean ethicsDeclaration) {
        this(occupationName, series, targetLevel, ethicsDeclaration, null);
    }
}
