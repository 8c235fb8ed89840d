package org.talentbridge.shared.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit trail: who did what to which subject, and when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private OffsetDateTime occurredAt;
    private String actor;
    private String action;
    private String subject;
    private String details;
    /** The credential that acted, when not a password or session (an API token); null otherwise. */
    private String credential;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String actor, String action, String subject, String details, String credential) {
        this.occurredAt = occurredAt;
        this.credential = credential;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
    }

    public Long getId() { return id; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getDetails() { return details; }
    public String getCredential() { return credential; }
}
