package org.talentbridge.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator opens an account for a member of staff (one role; the applicant role registers itself). */
public record StaffAccountRequest(
        @Username String username,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}")
        String displayName,
        @NotNull(message = "{validation.required}") Role role,
        @Size(max = 200, message = "{validation.tooLong}") String employer,
        @Password String password) {
}
