package org.talentbridge.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** An employer (单位) registered so that its reviewers can confirm its staff's cases (employer review, rule E). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "employer")
class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String creditCode;
    private boolean publicInstitution;
    @CreatedDate
    private OffsetDateTime createdAt;

    protected Employer() {
    }

    Employer(String name, String creditCode, boolean publicInstitution) {
        this.name = name;
        this.creditCode = creditCode;
        this.publicInstitution = publicInstitution;
    }

    EmployerView view() {
        return new EmployerView(id, name, creditCode, publicInstitution);
    }

    String getName() { return name; }
}
