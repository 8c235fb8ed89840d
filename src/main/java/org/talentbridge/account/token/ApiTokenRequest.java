package org.talentbridge.account.token;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator issues a token for an account: the token acts as that account, with its roles. */
public record ApiTokenRequest(
        @Schema(description = "The account the token acts as", example = "examoffice", maxLength = 64)
        @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String account,
        @Schema(description = "What the token is for, shown in lists and in the audit trail", example = "考试院报名系统", maxLength = 100)
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        @Schema(description = "Days until the token expires (to the second of issuing), 1 to app.api-tokens.max-valid-days (366)",
                example = "90")
        @NotNull(message = "{validation.required}") Integer validDays) {
}
