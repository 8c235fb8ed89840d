package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.talentbridge.casework.EmployerReviewService;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;

/**
 * Employer review (单位审核) for other systems (HTTP Basic; EMPLOYER_REVIEWER): the open reviews of the caller's own
 * employer, confirm, return. Thin: {@link EmployerReviewService} finds the tasks, checks the role and the employer,
 * validates, audits and completes; the first decision takes the task (a second one gets 409 or 404).
 */
@RestController
@RequestMapping("/api/employer-reviews")
@Tag(name = "employer-reviews", description = "Employer review (单位审核): the employer reviewer's tasks and decisions")
@SecurityRequirement(name = "basic")
class EmployerReviewController {

    private final EmployerReviewService reviews;
    private final MessageSource messages;

    EmployerReviewController(EmployerReviewService reviews, MessageSource messages) {
        this.reviews = reviews;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "My employer's open reviews, soonest due first, with the total count",
            description = "caseNumber matches part of a case number. Only the caller's own employer's cases are listed.")
    @ApiResponse(responseCode = "200", description = "A page of tasks and the total")
    @ApiResponse(responseCode = "400", description = "Offset below 0, limit outside 1..200 (the field is named)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is no EMPLOYER_REVIEWER",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    TaskPageResponse reviews(
            @Parameter(description = "Tasks to skip, 0 or more") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Part of a case number", example = "ZC2026-0001") @RequestParam(required = false) String caseNumber,
            Locale locale) {
        return TaskPages.of(offset, limit, () -> reviews.count(caseNumber), (o, l) -> reviews.page(caseNumber, o, l),
                messages, locale);
    }

    @PostMapping("/{taskId}/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm the work history and assessments (and the post): the case goes to qualification review",
            description = "Read the case's new status (QUALIFICATION_REVIEW) with GET /api/cases/{caseNumber}.")
    @ApiResponse(responseCode = "204", description = "Confirmed; the task is gone")
    @ApiResponse(responseCode = "400", description = "A confirmation missing or false, the post missing for public-institution "
            + "staff or over 200 characters (the field is named)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is no EMPLOYER_REVIEWER",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such open review of my employer (decided meanwhile, or another employer's)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Another reviewer of my employer is deciding it; holder and message name them",
            content = @Content(schema = @Schema(implementation = TaskConflict.class)))
    void confirm(@PathVariable String taskId, @Valid @RequestBody EmployerConfirmRequest request) {
        reviews.confirm(taskId, request.confirmation());
    }

    @PostMapping("/{taskId}/return")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Return the case to the applicant for correction, with a reason",
            description = "The case goes to CORRECTION with the reason and the round's correction deadline.")
    @ApiResponse(responseCode = "204", description = "Returned; the task is gone")
    @ApiResponse(responseCode = "400", description = "Reason missing, blank or over 1000 characters (the field is named)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is no EMPLOYER_REVIEWER",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such open review of my employer",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Another reviewer of my employer is deciding it",
            content = @Content(schema = @Schema(implementation = TaskConflict.class)))
    void returnToApplicant(@PathVariable String taskId, @Valid @RequestBody ReturnRequest request) {
        reviews.returnToApplicant(taskId, request.reason());
    }
}
