package org.talentbridge.notification;

import java.time.OffsetDateTime;

/**
 * A notification as its recipient reads it, the text already in their language.
 *
 * @param link a route in the application (e.g. {@code cases/ZC2026-000001}), or null
 */
public record NotificationRow(long id, NotificationKind kind, String kindLabel, String caseNumber, String text,
                              String link, OffsetDateTime createdAt, boolean read) {
}
