package org.talentbridge.account.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;

/** Administrators issue, list and revoke API tokens; thin: {@link ApiTokenService} checks and audits. */
@RestController
@RequestMapping("/api/admin/api-tokens")
@Tag(name = "api-tokens", description = "Credentials for other systems: a token acts as its account, with the account's roles")
@SecurityRequirement(name = "basic")
class ApiTokenController {

    private static final int MAX_LIMIT = 200;

    private final ApiTokenService tokens;

    ApiTokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** A page of tokens. */
    record TokenPage(int total, int offset, int limit, List<ApiTokenRow> items) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token for an account (ADMIN)", description = """
            The answer carries the token's text, the only time it is shown: only its SHA-256 is stored. Callers send \
            Authorization: Bearer <token>. It acts as the account, with the account's roles as they are at each use, \
            until validDays days after issuing (to the second) or until it is revoked.""")
    @ApiResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = IssuedApiToken.class)))
    @ApiResponse(responseCode = "400", description = "account missing or unknown, name missing or over 100 characters, "
            + "validDays missing or outside 1..app.api-tokens.max-valid-days (366); each field named",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not an administrator", content = @Content(schema = @Schema(implementation = ApiError.class)))
    IssuedApiToken issue(@RequestBody ApiTokenRequest request) {
        return tokens.issue(request);
    }

    @GetMapping
    @Operation(summary = "Every token, newest first (ADMIN); never a token's text or hash")
    @ApiResponse(responseCode = "200", description = "A page of tokens")
    @ApiResponse(responseCode = "400", description = "offset below 0 or limit outside 1..200",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator", content = @Content(schema = @Schema(implementation = ApiError.class)))
    TokenPage list(@Parameter(description = "Tokens to skip, 0 or more") @RequestParam(defaultValue = "0") int offset,
                   @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) {
            throw InvalidInputException.of("offset", "validation.notNegative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "validation.between", 1, MAX_LIMIT);
        }
        return new TokenPage(tokens.count(), offset, limit, tokens.page(offset, limit));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token (ADMIN)", description = """
            At once on the node that answers, within app.api-tokens.recheck-after (10 s) on every other node. \
            Revoking a revoked token changes nothing and answers 204 as well.""")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "403", description = "Not an administrator", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such token", content = @Content(schema = @Schema(implementation = ApiError.class)))
    void revoke(@PathVariable long id) {
        try {
            tokens.revoke(id);
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
