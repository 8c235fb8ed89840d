package org.talentbridge.eligibility;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often screening looks for a newly deployed version of the decision tables
 */
@ConfigurationProperties("app.rules")
public record EligibilityProperties(@DefaultValue("PT30S") Duration refreshInterval) {
}
