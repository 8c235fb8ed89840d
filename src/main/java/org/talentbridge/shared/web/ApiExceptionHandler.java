package org.talentbridge.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The one place where API errors become answers: bad input is 400 with every refused field named and a
 * message in the caller's language (Accept-Language, Chinese by default); a body over the size limit 413; a body
 * that is not JSON 415; an Accept header that JSON cannot satisfy 406; PostgreSQL out of reach 503. Spring's own
 * client errors keep their status. Nothing becomes a stack trace, and error answers are JSON whatever the Accept
 * header asks for.
 */
@RestControllerAdvice(basePackages = "org.talentbridge")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiErrors errors;
    private final ApiLimits limits;

    ApiExceptionHandler(ApiErrors errors, ApiLimits limits) {
        this.errors = errors;
        this.limits = limits;
    }

    /** {@code {"status":400,"message":"…","errors":[{"field":"…","message":"…"}]}} */
    public record ApiError(int status, String message, List<FieldError> errors,
                           @Schema(description = "errors left out of the list (an answer lists at most app.api.max-errors); absent when none")
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) int omittedErrors) {

        public ApiError(int status, String message, List<FieldError> errors) {
            this(status, message, errors, 0);
        }
    }

    public record FieldError(String field, String message) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiError> invalid(InvalidInputException e, Locale locale) {
        return badRequest(e.getProblems(), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e, Locale locale) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.contains(ConstraintViolation.class)
                        ? keyOf(f.unwrap(ConstraintViolation.class).getMessageTemplate()) : keyOf(f.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
        return badRequest(problems, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, Locale locale) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException) {
                return tooLarge(locale);
            }
        }
        // a duplicate key is the parser's refusal (strict-duplicate-detection): named where the parser stood
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && read.getProcessor() != null && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field") && !pathOf(read.getProcessor()).isEmpty()) {
                return badRequest(List.of(new FieldProblem(pathOf(read.getProcessor()), "validation.duplicateKey")), locale);
            }
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return badRequest(List.of(problemOf(field, mapping)), locale);
        }
        return badRequest(List.of(new FieldProblem("body", "validation.unreadable")), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return badRequest(List.of(new FieldProblem(e.getName(), "validation.badValue")), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, Locale locale) {
        return badRequest(List.of(new FieldProblem(e.getParameterName(), "validation.required")), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> notJson(HttpMediaTypeNotSupportedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .contentType(MediaType.APPLICATION_JSON).body(errors.of(415, "error.unsupportedMediaType",
                        List.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, "validation.jsonOnly")), locale));
    }

    /** The caller accepts nothing the API writes: 406 without a body (it could not be read either). */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(AuthenticationRequiredException.class)
    ResponseEntity<ApiError> authenticationRequired(AuthenticationRequiredException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"Talent Bridge\"")
                .contentType(MediaType.APPLICATION_JSON).body(errors.of(401, "error.authenticationRequired", List.of(), locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e, Locale locale) {
        return status(HttpStatus.FORBIDDEN, "error.forbidden", locale);
    }

    /**
     * The last resort. Spring's own client errors (405, 404, a missing parameter, …) and {@code @ResponseStatus}
     * exceptions keep their 4xx status; PostgreSQL out of reach is 503; anything else is a bug: logged, 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, Locale locale) {
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode() : annotatedStatus(e);
        if (status != null && status.is4xxClientError()) {
            HttpHeaders headers = e instanceof ErrorResponse response ? response.getHeaders() : HttpHeaders.EMPTY;
            String key = switch (status.value()) {
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                default -> "error.clientError";
            };
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                    .body(errors.of(status.value(), key, List.of(), locale));
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("API request failed, the database is out of reach: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limits.retryAfter().toSeconds()))
                    .contentType(MediaType.APPLICATION_JSON).body(errors.of(503, "error.serviceUnavailable", List.of(), locale));
        }
        log.error("Unexpected API error", e);
        return status(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", locale);
    }

    private ResponseEntity<ApiError> tooLarge(Locale locale) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(errors.of(413, "error.payloadTooLarge", List.of(tooLargeProblem(limits)), locale));
    }

    static FieldProblem tooLargeProblem(ApiLimits limits) {
        return new FieldProblem("body", "validation.bodyTooLarge", limits.maxBodySize().toKilobytes());
    }

    private ResponseEntity<ApiError> status(HttpStatus status, String key, Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(errors.of(status.value(), key, List.of(), locale));
    }

    private ResponseEntity<ApiError> badRequest(List<FieldProblem> problems, Locale locale) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(errors.of(400, "error.badRequest", problems, locale));
    }

    private FieldProblem problemOf(String field, JsonMappingException mapping) {
        if (mapping instanceof TooManyItemsException tooMany) {
            return new FieldProblem(field, "validation.tooManyItems", tooMany.max());
        }
        if (mapping instanceof NulCharacterException) {
            return new FieldProblem(field, "validation.nulCharacter");
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != String.class) {
            return new FieldProblem(field, "validation.badValue");
        }
        return new FieldProblem(field, "validation.badType");
    }

    private static HttpStatusCode annotatedStatus(Exception e) {
        ResponseStatus annotation = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        return annotation == null ? null : annotation.code();
    }

    /** Where the parser stood when it gave up: {@code skillLevels[0].level}. */
    private static String pathOf(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String keyOf(String message) {
        return message != null && message.startsWith("{") && message.endsWith("}")
                ? message.substring(1, message.length() - 1) : String.valueOf(message);
    }
}
