package org.talentbridge.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * What the employer confirms in employer review: the work history and the annual assessments of the case, and
 * for public-institution staff on the establishment the post the title will be appointed to (rule E, 评聘结合).
 */
public record EmployerConfirmation(
        @AssertTrue(message = "{validation.mustConfirm}") boolean workHistoryConfirmed,
        @AssertTrue(message = "{validation.mustConfirm}") boolean assessmentsConfirmed,
        @Size(max = 200, message = "{validation.tooLong}") String postConfirmation) {
}
