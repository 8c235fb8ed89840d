package org.talentbridge.shared.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one API request may carry ({@code app.api}), so that hostile input is refused in milliseconds and the cost
 * of a request stays linear in its size.
 *
 * @param maxListItems the most items of any list in a request body, at any depth (more: 400 naming the list)
 * @param maxBodySize  the largest request body under {@code /api} (more: 413, also for chunked bodies)
 * @param maxErrors    the most field errors one answer lists; the rest are counted in {@code omittedErrors}
 * @param retryAfter   what a 503 (database unreachable) tells the caller to wait before trying again
 */
@ConfigurationProperties("app.api")
public record ApiLimits(@DefaultValue("50") int maxListItems, @DefaultValue("256KB") DataSize maxBodySize,
                        @DefaultValue("20") int maxErrors, @DefaultValue("5s") Duration retryAfter) {
}
