package org.talentbridge.round;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.talentbridge.shared.validation.PlausibleDate;
import org.talentbridge.shared.validation.Text;

/** What an administrator sets for a round. */
public record RoundRequest(
        @NotNull(message = "{validation.required}") @Min(value = 2022, message = "{validation.yearTooEarly}")
        @Max(value = 2199, message = "{validation.dateOutOfRange}") Integer year,
        @Text(max = 100) String name,
        @NotEmpty(message = "{validation.required}") List<String> series,
        @NotNull(message = "{validation.required}") @PlausibleDate LocalDate referenceDate,
        @NotNull(message = "{validation.required}") @PlausibleDate LocalDate intakeOpens,
        @NotNull(message = "{validation.required}") @PlausibleDate LocalDate intakeCloses,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.positive}")
        @Max(value = 90, message = "{validation.tooLarge}") Integer correctionDays,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.positive}")
        @Max(value = 60, message = "{validation.tooLarge}") Integer reviewSlaWorkingDays,
        @Pattern(regexp = "^$|^[1-9][0-9]?/[1-9][0-9]{0,2}$", message = "{validation.share}") String voteQuorum,
        @Pattern(regexp = "^$|^[1-9][0-9]?/[1-9][0-9]{0,2}$", message = "{validation.share}") String votePass) {

    /** A round with the application's default quorum and pass shares. */
    public RoundRequest(Integer year, String name, List<String> series, LocalDate referenceDate, LocalDate intakeOpens,
                        LocalDate intakeCloses, Integer correctionDays, Integer reviewSlaWorkingDays) {
        this(year, name, series, referenceDate, intakeOpens, intakeCloses, correctionDays, reviewSlaWorkingDays, null, null);
    }
}
