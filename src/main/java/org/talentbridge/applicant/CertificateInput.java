package org.talentbridge.applicant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.talentbridge.shared.policy.SkillLevel;

/** A skill certificate as the applicant enters it; the occupation is a catalog name or an unlisted one. */
public record CertificateInput(
        @NotNull(message = "{validation.required}") SkillLevel level,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String occupationName,
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{validation.dateInFuture}") LocalDate obtainedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String certificateNumber,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String issuingBody) {
}
