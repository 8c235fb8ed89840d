package org.talentbridge.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultYears how long an entry stays in force when the officer gives no end date (rule I: three years)
 */
@ConfigurationProperties("app.integrity")
public record IntegrityProperties(@DefaultValue("3") int defaultYears) {
}
