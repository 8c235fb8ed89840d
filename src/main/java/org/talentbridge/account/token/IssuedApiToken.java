package org.talentbridge.account.token;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A token just issued: the only time its text is shown (only its hash is stored). */
public record IssuedApiToken(
        @Schema(description = "The token's id (for revocation)") long id,
        @Schema(description = "Send as Authorization: Bearer <token>; shown once", example = "tb_9hX2…") String token,
        String account, String name, Instant expiresAt) {
}
