package org.talentbridge.committee;

import java.time.OffsetDateTime;
import org.talentbridge.shared.policy.TitleLevel;

/** An entry of the expert pool as screens see it. */
public record ExpertView(Long id, Long accountId, String username, String displayName, String series, TitleLevel maxLevel,
                         Long employerId, String employerName, boolean highSkilled, boolean active, OffsetDateTime addedAt) {
}
