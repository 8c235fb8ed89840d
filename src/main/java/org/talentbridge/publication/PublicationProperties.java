package org.talentbridge.publication;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param publicityWorkingDays  the publicity period in working days, unless the secretary sets another when publishing
 * @param answerWorkingDays     the integrity officer answers an objection within this many working days
 * @param maxFiles              evidence files per objection at most
 * @param maxFileSize           each evidence file at most this large
 * @param objectionsPerAddress  objections one client address may lodge within {@code rateWindow}
 * @param rateWindow            the window of the rate limit
 * @param addressSalt           mixed into the SHA-256 of a client address before it is stored (set your own)
 * @param grantAt               the time of day (ISO, e.g. 00:30, the nodes' zone), on the day after a period's last day,
 *                              when the timer of its process grants its clean cases
 * @param batchSize             entries written in one batched statement when publishing, and fetched at a time from
 *                              the cursor of the publicity list's .xlsx (issue 19 item 3)
 */
@ConfigurationProperties("app.publication")
public record PublicationProperties(@DefaultValue("5") int publicityWorkingDays, @DefaultValue("10") int answerWorkingDays,
                                    @DefaultValue("5") int maxFiles, @DefaultValue("5MB") DataSize maxFileSize,
                                    @DefaultValue("3") int objectionsPerAddress, @DefaultValue("PT1H") Duration rateWindow,
                                    @DefaultValue("talent-bridge-publicity") String addressSalt,
                                    @DefaultValue("00:30") String grantAt, @DefaultValue("500") int batchSize) {

    public PublicationProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("app.publication.batch-size must be at least 1: " + batchSize);
        }
        if (publicityWorkingDays < 1 || answerWorkingDays < 1 || maxFiles < 0 || objectionsPerAddress < 1) {
            throw new IllegalArgumentException("app.publication.*: working days and the rate limit must be positive");
        }
        try {
            LocalTime.parse(grantAt);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("app.publication.grant-at: a time of day such as 00:30, not " + grantAt);
        }
    }

    public LocalTime grantTime() {
        return LocalTime.parse(grantAt);
    }
}
