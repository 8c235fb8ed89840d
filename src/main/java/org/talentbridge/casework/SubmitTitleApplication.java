package org.talentbridge.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * What the applicant chooses when applying for a title: the occupation (from the annex or unlisted), the
 * series when the annex gives two, the target level, and the signed ethics declaration (T1).
 */
public record SubmitTitleApplication(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String occupationName,
        String series,
        @NotNull(message = "{validation.required}") TitleLevel targetLevel,
        @AssertTrue(message = "{validation.ethicsRequired}") boolean ethicsDeclaration) {
}
