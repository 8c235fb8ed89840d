package org.talentbridge.integrity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * One entry of the integrity file, in full (reading it is audited).
 *
 * @param liftsEntryId the entry this one lifts early (finding LIFTED), or null
 */
public record IntegrityEntry(long id, String idNumber, String personName, IntegrityFinding finding, String facts,
                             LocalDate activeFrom, LocalDate activeUntil, Long liftsEntryId, String recordedBy,
                             OffsetDateTime recordedAt) {

    public String maskedIdNumber() {
        return ChineseIdNumber.mask(idNumber);
    }
}
