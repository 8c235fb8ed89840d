package org.talentbridge.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new achievement; the apprentice fields are required for {@link AchievementKind#APPRENTICES} only. */
public record AchievementInput(@NotNull AchievementKind kind, @NotNull @PastOrPresent LocalDate achievedOn,
                               @NotBlank @Size(max = 2000) String description, @Size(max = 500) String apprenticeNames,
                               @PastOrPresent LocalDate apprenticeFrom, LocalDate apprenticeTo,
                               @Size(max = 500) String apprenticeOutcome) {
}
