package org.talentbridge.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.talentbridge.shared.policy.TitleLevel;

/** A professional title held; the series must be one of the annex's series names. */
public record TitleInput(
        @NotNull(message = "{validation.required}") TitleLevel level,
        @NotBlank(message = "{validation.required}") String series,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.dateInFuture}") LocalDate obtainedOn) {
}
