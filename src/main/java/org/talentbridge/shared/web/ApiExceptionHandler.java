package org.talentbridge.shared.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The one place where API errors become answers: bad input is 400 with every refused field named and a
 * message in the caller's language (Accept-Language, Chinese by default); nothing becomes a stack trace.
 */
@RestControllerAdvice(basePackages = "org.talentbridge")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code {"status":400,"message":"…","errors":[{"field":"…","message":"…"}]}} */
    public record ApiError(int status, String message, List<FieldError> errors) {
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
                .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList();
        return badRequest(problems, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String key = mapping instanceof InvalidFormatException ? "validation.badValue" : "validation.badType";
            return badRequest(List.of(new FieldProblem(field, key)), locale);
        }
        return badRequest(List.of(new FieldProblem("body", "validation.unreadable")), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        return badRequest(List.of(new FieldProblem(e.getName(), "validation.badValue")), locale);
    }

    @ExceptionHandler(AuthenticationRequiredException.class)
    ResponseEntity<ApiError> authenticationRequired(AuthenticationRequiredException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"Talent Bridge\"")
                .body(new ApiError(401, text("error.authenticationRequired", locale), List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(new ApiError(403, text("error.forbidden", locale), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, Locale locale) {
        log.error("Unexpected API error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError(500, text("error.unexpected", locale), List.of()));
    }

    private ResponseEntity<ApiError> badRequest(List<FieldProblem> problems, Locale locale) {
        List<FieldError> errors = problems.stream().map(p -> new FieldError(p.field(),
                text("field." + leaf(p.field()), locale) + ": " + messages.getMessage(p.messageKey(), p.argumentArray(),
                        p.messageKey(), locale))).toList();
        return ResponseEntity.badRequest().body(new ApiError(400, text("error.badRequest", locale), errors));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket >= 0 ? last.substring(0, bracket) : last;
    }

    private static String keyOf(String message) {
        return message != null && message.startsWith("{") && message.endsWith("}")
                ? message.substring(1, message.length() - 1) : String.valueOf(message);
    }
}
