package org.talentbridge.equivalence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pathway Q confirmations.
 *
 * @param requestPrefix           the first part of a request number: {@code <prefix><year>-<six digits>} (Q2026-000001);
 *                                it is the confirmation's case number
 * @param certificateNumberPrefix the first part of a confirmation's certificate number: {@code <prefix>-<year>-<six digits>}
 */
@ConfigurationProperties("app.equivalence")
public record EquivalenceProperties(@DefaultValue("Q") String requestPrefix,
                                    @DefaultValue("ZJXS") String certificateNumberPrefix) {
}
