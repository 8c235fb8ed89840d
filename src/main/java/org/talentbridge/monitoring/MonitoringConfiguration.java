package org.talentbridge.monitoring;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code app.monitoring}. */
@Configuration
@EnableConfigurationProperties(MonitoringProperties.class)
class MonitoringConfiguration {
}
