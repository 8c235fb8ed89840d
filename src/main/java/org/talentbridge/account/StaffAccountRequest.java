package org.talentbridge.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator opens an account for a member of staff (one role; the applicant role registers itself). */
public record StaffAccountRequest(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{3,31}", message = "{validation.username}")
        String username,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
        String displayName,
        @NotNull(message = "{validation.required}") Role role,
        @Size(max = 200, message = "{validation.tooLong}") String employer,
        @NotBlank(message = "{validation.required}") @Size(min = 8, max = 64, message = "{validation.passwordLength}")
        @Pattern(regexp = "(?=.*[A-Za-z])(?=.*\\d).*", message = "{validation.passwordStrength}")
        String password) {
}
