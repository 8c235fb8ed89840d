package org.talentbridge.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A notification as stored; rows are written by {@link Notifier} (once-only inserts) and read here. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    private Long id;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String caseNumber;
    private String messageKey;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> messageArgs;
    private String link;
    private OffsetDateTime createdAt;
    private OffsetDateTime readAt;
    private String mailStatus;

    protected Notification() {
    }

    Long getId() { return id; }
    String getRecipient() { return recipient; }
    NotificationKind getKind() { return kind; }
    String getCaseNumber() { return caseNumber; }
    String getMessageKey() { return messageKey; }
    List<String> getMessageArgs() { return messageArgs == null ? List.of() : messageArgs; }
    String getLink() { return link; }
    OffsetDateTime getCreatedAt() { return createdAt; }
    OffsetDateTime getReadAt() { return readAt; }
    String getMailStatus() { return mailStatus; }
}
