package org.talentbridge.monitoring;

import java.time.LocalDate;

/** A person's absence (both days inclusive) and who takes their tasks meanwhile. */
public record Absence(Long id, String username, String substitute, LocalDate firstDay, LocalDate lastDay, String reason,
                      String createdBy) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
