package org.talentbridge.casefile;

import java.time.LocalDate;

/** An achievement on the profile (or frozen with a case): kind, date, description; for 传技带徒 the apprentices. */
public record Achievement(Long id, AchievementKind kind, LocalDate achievedOn, String description, String apprenticeNames,
                          LocalDate apprenticeFrom, LocalDate apprenticeTo, String apprenticeOutcome) {
}
