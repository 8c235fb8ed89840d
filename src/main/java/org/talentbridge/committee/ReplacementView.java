package org.talentbridge.committee;

import java.time.OffsetDateTime;
import java.util.List;

/** A replacement: who left the panel, which alternate took the seat, those passed over, why, who and when. */
public record ReplacementView(String replacedName, String replacingName, List<String> passedOverNames, String reason,
                              String replacedBy, OffsetDateTime replacedAt) {
}
