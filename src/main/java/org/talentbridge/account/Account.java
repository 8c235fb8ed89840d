package org.talentbridge.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** A person who signs in. The roles are also the person's Camunda groups. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    private String idNumber;
    private String mobile;
    private String employer;
    /** For EMPLOYER_REVIEWER accounts: the employer whose staff they review. */
    private Long employerId;
    /** Where notifications are mailed, when mail is configured. */
    private String email;
    private boolean enabled = true;
    @CreatedDate
    private OffsetDateTime createdAt;
    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getIdNumber() { return idNumber; }
    public String getMobile() { return mobile; }
    public String getEmployer() { return employer; }
    public Long getEmployerId() { return employerId; }
    public String getEmail() { return email; }
    public boolean isEnabled() { return enabled; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    void setMobile(String mobile) { this.mobile = mobile; }
    void setEmployer(String employer) { this.employer = employer; }
    void setEmployerId(Long employerId) { this.employerId = employerId; }
    void setEmail(String email) { this.email = email; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
}
