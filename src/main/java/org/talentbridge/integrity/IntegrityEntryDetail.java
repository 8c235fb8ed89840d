package org.talentbridge.integrity;

import java.util.List;

/**
 * An opened entry: the entry, the later entries that lift or correct it, and the person's whole history
 * (every entry for the ID number, oldest first).
 */
public record IntegrityEntryDetail(IntegrityEntry entry, List<IntegrityEntry> liftedBy, List<IntegrityEntry> history) {

    public boolean lifted() {
        return !liftedBy.isEmpty();
    }
}
