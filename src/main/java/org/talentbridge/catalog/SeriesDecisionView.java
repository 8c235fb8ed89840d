package org.talentbridge.catalog;

import java.time.OffsetDateTime;

/** A recorded series decision: reused by every later case and screening of the same occupation. */
public record SeriesDecisionView(String occupationName, String series, String reason, String decidedBy,
                                 OffsetDateTime decidedAt, String caseNumber) {
}
