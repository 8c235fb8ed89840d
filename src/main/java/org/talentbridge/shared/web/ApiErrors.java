package org.talentbridge.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;
import org.talentbridge.shared.web.ApiExceptionHandler.FieldError;

/**
 * Renders API errors, {@code {"status","message","errors":[{"field","message"}],"omittedErrors"?}}, in the caller's
 * language: for the exception handler, and for the filters that refuse a request before Spring MVC sees it. An answer
 * lists at most {@link ApiLimits#maxErrors()} errors and counts the rest.
 */
@Component
public class ApiErrors {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ApiLimits limits;
    private final ObjectMapper json;

    public ApiErrors(MessageSource messages, LocaleResolver locales, ApiLimits limits, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.limits = limits;
        this.json = json;
    }

    /** An error answer: the status, the message of {@code messageKey}, and one line per problem (capped). */
    public ApiError of(int status, String messageKey, List<FieldProblem> problems, Locale locale) {
        List<FieldError> errors = problems.stream().limit(limits.maxErrors()).map(p -> new FieldError(p.field(),
                label(p.field(), locale) + ": " + messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(), locale)))
                .toList();
        return new ApiError(status, text(messageKey, locale), errors, problems.size() - errors.size());
    }

    public String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Writes the error as the whole answer (JSON, whatever the Accept header asks for). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey,
                      List<FieldProblem> problems) throws IOException {
        ApiError error = of(status, messageKey, problems, locales.resolveLocale(request));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }

    /** The field's name in the reader's language ({@code field.<last segment>}), or the name itself. */
    private String label(String path, Locale locale) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        String leaf = bracket >= 0 ? last.substring(0, bracket) : last;
        return messages.getMessage("field." + leaf, null, leaf, locale);
    }
}
