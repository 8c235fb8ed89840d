package org.talentbridge.employer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An employer (单位) registered so that its reviewers can confirm its staff's cases (employer review, rule E). */
@Entity
@Table(name = "employer")
class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String creditCode;
    private boolean publicInstitution;
    private OffsetDateTime createdAt = OffsetDateTime.now();

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
