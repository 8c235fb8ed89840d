package org.talentbridge.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.talentbridge.shared.validation.IdNumber;

/** What an applicant gives to open an account. Every message names the field in the user's language. */
public record RegistrationRequest(
        @Username String username,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
        String displayName,
        @NotBlank(message = "{validation.required}") @IdNumber
        String idNumber,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "1[3-9]\\d{9}", message = "{validation.mobile}")
        String mobile,
        @Password String password,
        String passwordConfirmation) {
}
