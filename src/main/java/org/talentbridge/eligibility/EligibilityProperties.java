package org.talentbridge.eligibility;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval how often a node re-reads the list of activated rules versions (docs/decisions/0009)
 */
@ConfigurationProperties("app.rules")
public record EligibilityProperties(@DefaultValue("PT30S") Duration refreshInterval) {
}
