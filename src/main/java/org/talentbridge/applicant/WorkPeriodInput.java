package org.talentbridge.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A work period; {@code to} is inclusive and null while the work goes on. */
public record WorkPeriodInput(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String employer,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String occupationName,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.dateInFuture}") LocalDate from,
        @PastOrPresent(message = "{validation.dateInFuture}") LocalDate to,
        boolean technicalSkillWork) {
}
