package org.talentbridge.account.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * HTTP Basic doors: a throttled sign-in is 429 Too Many Requests with Retry-After (seconds) and a message in the
 * caller's language, in the API's error shape; every other failure goes to the usual Basic challenge (401).
 */
final class ThrottleAwareEntryPoint implements AuthenticationEntryPoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthenticationEntryPoint challenge;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ThrottleAwareEntryPoint(AuthenticationEntryPoint challenge, MessageSource messages, LocaleResolver locales) {
        this.challenge = challenge;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof SignInThrottledException throttled)) {
            challenge.commence(request, response, failure);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        body.put("message", messages.getMessage("signin.locked.api", new Object[] {throttled.retryAfterMinutes()},
                "signin.locked.api", locale));
        body.put("errors", List.of());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
