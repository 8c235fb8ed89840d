package org.talentbridge.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A rules version as lists and the history show it. {@code state} follows from the dates: DRAFT until activated;
 * SCHEDULED before its effective date; ACTIVE while it is the latest one in force; SUPERSEDED once a later one is.
 */
public record RulesVersionView(String name, State state, LocalDate effectiveFrom, String description, String basedOn,
                               String createdBy, OffsetDateTime createdAt, String activatedBy, OffsetDateTime activatedAt,
                               List<TableRevision> tables) {

    public enum State { DRAFT, SCHEDULED, ACTIVE, SUPERSEDED }

    /** One table of the version: its decision key, file and revision. */
    public record TableRevision(String key, String fileName, int revision) {
    }
}
