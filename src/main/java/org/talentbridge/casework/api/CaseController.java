package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.DocumentContent;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.Submission;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;

/**
 * Title cases for other systems (HTTP Basic, the caller's own account): an applicant submits from their own
 * profile and reads their own cases; staff who work on cases read any case. Thin: {@link TitleCaseService}
 * decides and checks permissions.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "Title applications (pathway T): submit, read where a case stands")
@SecurityRequirement(name = "basic")
class CaseController {

    private final TitleCaseService cases;
    private final MessageSource messages;
    private final ScreeningMessages checks;
    private final CaseFileService caseFiles;

    CaseController(TitleCaseService cases, MessageSource messages, ScreeningMessages checks, CaseFileService caseFiles) {
        this.cases = cases;
        this.messages = messages;
        this.checks = checks;
        this.caseFiles = caseFiles;
    }

    @PostMapping
    @Operation(summary = "Submit a title application for the signed-in applicant",
            description = """
                    The evidence is the applicant's own profile, frozen at submission; screening runs at once, so the \
                    answer already shows the case past screening (or REJECTED with its reasons). Idempotent per \
                    applicant and round: while the applicant has a case running in that round, the same request \
                    returns that case with 200 instead of creating a second one.""")
    @ApiResponse(responseCode = "201", description = "Created; Location is /api/cases/{caseNumber}",
            content = @Content(schema = @Schema(implementation = CaseSummaryResponse.class)))
    @ApiResponse(responseCode = "200", description = "A case of this applicant is already running in the round: that case",
            content = @Content(schema = @Schema(implementation = CaseSummaryResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input, each refused field named (also: no open round, series not offered)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials (WWW-Authenticate: Basic)", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is not an applicant (staff cannot submit)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<CaseSummaryResponse> submit(@RequestBody SubmitCaseRequest request, Locale locale) {
        Submission submission = cases.submission(request.toCommand());
        CaseSummaryResponse body = CaseSummaryResponse.of(submission.summary(), messages, locale);
        return submission.created()
                ? ResponseEntity.created(URI.create("/api/cases/" + body.caseNumber())).body(body)
                : ResponseEntity.ok().location(URI.create("/api/cases/" + body.caseNumber())).body(body);
    }

    @GetMapping
    @Operation(summary = "The signed-in applicant's own cases, newest first")
    @ApiResponse(responseCode = "200", description = "The cases (empty list when none)")
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "The caller is not an applicant",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    List<CaseSummaryResponse> myCases(Locale locale) {
        return cases.myCases().stream().map(s -> CaseSummaryResponse.of(s, messages, locale)).toList();
    }

    @GetMapping("/{caseNumber}")
    @Operation(summary = "Where a case stands: stage, round, series, target level, latest screening, pending correction",
            description = """
                    Applicants read their own cases; reviewers, committee secretaries and administrators read any. \
                    A case the caller may not read is answered 404 exactly like a case that does not exist (as on the \
                    case page), so that case numbers cannot be probed. ID numbers are masked.""")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such case, or not one the caller may read",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    CaseDetailsResponse details(@Parameter(example = "ZC2026-000001") @PathVariable String caseNumber, Locale locale) {
        CaseDetails details;
        try {
            details = cases.details(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        } catch (AccessDeniedException e) {
            throw new CaseNotFoundException(caseNumber);
        }
        return CaseDetailsResponse.of(details, caseFiles.caseFile(caseNumber), messages, checks, locale);
    }

    @GetMapping(value = "/{caseNumber}/documents/{documentId}",
            produces = {"application/pdf", "image/jpeg", "image/png", "application/json"})
    @Operation(summary = "One document of a case file, as it was submitted",
            description = """
                    The same access as the case: a case the caller may not read, or a document not in the case's latest \
                    submission, is 404. Served as an attachment (Content-Disposition) with its sanitised name, only \
                    as application/pdf, image/jpeg or image/png (the type its first bytes showed at upload), with \
                    X-Content-Type-Options: nosniff. Every read is written to the audit trail.""")
    @ApiResponse(responseCode = "200", description = "The document's bytes",
            content = {@Content(mediaType = "application/pdf"), @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/png")})
    @ApiResponse(responseCode = "400", description = "A document id that is no number",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content)
    @ApiResponse(responseCode = "404", description = "No such case or document, or not one the caller may read",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<byte[]> document(@Parameter(example = "ZC2026-000001") @PathVariable String caseNumber,
                                    @Parameter(example = "42") @PathVariable long documentId) {
        DocumentContent file;
        try {
            file = caseFiles.read(caseNumber, documentId);
        } catch (AccessDeniedException e) {
            throw new CaseNotFoundException(caseNumber);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox")
                .body(file.content());
    }
}
