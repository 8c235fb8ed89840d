package org.talentbridge.shared.scheduling;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Locks of scheduled work shared by every node ({@code app.scheduling.*}).
 *
 * @param lockAtMostFor  how long a node that died while running a job keeps it locked before another node may run it
 * @param lockAtLeastFor how long a job stays locked after it finished, so that a node whose clock is a little behind
 *                       does not run the same night's job again
 */
@Validated
@ConfigurationProperties("app.scheduling")
public record SchedulingProperties(@DefaultValue("PT30M") @NotNull Duration lockAtMostFor,
                                   @DefaultValue("PT5M") @NotNull Duration lockAtLeastFor) {
}
