package org.talentbridge.integrity;

import java.time.LocalDate;

/**
 * A row of a search of the integrity file: the ID number masked and no facts (listing rows is not a read of
 * an entry, so it is not audited).
 *
 * @param lifted whether a later entry lifts this one
 */
public record IntegrityEntrySummary(long id, String maskedIdNumber, String personName, IntegrityFinding finding,
                                    LocalDate activeFrom, LocalDate activeUntil, Long liftsEntryId, boolean lifted) {
}
