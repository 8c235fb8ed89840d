package org.talentbridge.applicant;

import jakarta.validation.constraints.Size;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/**
 * Facts about the applicant's employer and schooling: accredited for skill-level certification (S4),
 * public-institution staff on the establishment (E, 评聘结合), technical-school class (Q).
 */
public record EmployerFacts(
        @Size(max = 200, message = "{validation.tooLong}") String employerName,
        boolean employerAccredited,
        boolean publicInstitutionStaff,
        TechnicalSchoolClass technicalSchoolClass) {
}
