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
import org.talentbridge.casework.InboxFilter;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;

/**
 * The reviewer's inbox for other systems (HTTP Basic; REVIEWER or ADMIN): list, claim, release, decide. Thin:
 * {@link ReviewInboxService} pages over the engine's task query and checks permissions and holders.
 */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "Qualification review (资格审核): the reviewer's inbox and decisions")
@SecurityRequirement(name = "basic")
class TaskController {

    private final ReviewInboxService inbox;
    private final MessageSource messages;

    TaskController(ReviewInboxService inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "My review tasks, soonest due first, with the total count",
            description = """
                    ALL: tasks I hold and my groups' unclaimed ones; MINE: tasks I hold; GROUPS: my groups' unclaimed \
                    ones; OVERDUE: ALL past their due date. caseNumber matches part of a case number; series and \
                    roundId filter by the case's series and round.""")
    @ApiResponse(responseCode = "200", description = "A page of tasks and the total")
    @ApiResponse(responseCode = "400", description = "Unknown scope, offset below 0, limit outside 1..200 (the field is named)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is neither REVIEWER nor ADMIN",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    TaskPageResponse tasks(
            @RequestParam(defaultValue = "ALL") InboxScope scope,
            @Parameter(description = "Tasks to skip, 0 or more") @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Part of a case number", example = "ZC2026-0001") @RequestParam(required = false) String caseNumber,
            @Parameter(example = "工程技术") @RequestParam(required = false) String series,
            @RequestParam(required = false) Long roundId,
            Locale locale) {
        InboxFilter filter = new InboxFilter(scope, caseNumber, series, roundId);
        return TaskPages.of(offset, limit, () -> inbox.count(filter), (o, l) -> inbox.page(filter, o, l), messages, locale);
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Claim a task (first come; claiming a task I already hold is a no-op)")
    @ApiResponse(responseCode = "204", description = "The task is mine")
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is neither REVIEWER nor ADMIN",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such open review task (decided or withdrawn meanwhile)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Somebody else holds the task; holder and message name them",
            content = @Content(schema = @Schema(implementation = TaskConflict.class)))
    void claim(@PathVariable String taskId) {
        inbox.claim(taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release a task I hold back to the group")
    @ApiResponse(responseCode = "204", description = "Released")
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "Wrong role, or the task is unclaimed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such open review task",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Somebody else holds the task",
            content = @Content(schema = @Schema(implementation = TaskConflict.class)))
    void unclaim(@PathVariable String taskId) {
        inbox.unclaim(taskId);
    }

    @PostMapping("/{taskId}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Decide a task I hold: APPROVE, RETURN for correction or REJECT (the last two with a reason)",
            description = """
                    APPROVE sends the case on (READY_FOR_COMMITTEE today); RETURN gives it back to the applicant with \
                    the reason and the round's correction deadline (CORRECTION); REJECT ends it (REJECTED). Read the \
                    case's new status with GET /api/cases/{caseNumber}.""")
    @ApiResponse(responseCode = "204", description = "Decided; the task is gone")
    @ApiResponse(responseCode = "400", description = "Missing or unknown decision, missing reason for RETURN/REJECT, reason over 1000 characters",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "Wrong role, or the task is unclaimed (claim it first)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "No such open review task (decided or withdrawn meanwhile)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Somebody else holds the task",
            content = @Content(schema = @Schema(implementation = TaskConflict.class)))
    void decide(@PathVariable String taskId, @Valid @RequestBody DecisionRequest request) {
        inbox.decide(taskId, request.decision(), request.reason());
    }
}
