package org.talentbridge.skilleval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.talentbridge.shared.validation.Text;

/**
 * ADMIN registers an evaluation organisation: {@code employerName} names the registered employer of an EMPLOYER
 * organisation (empty otherwise); {@code occupations} lists the occupations it evaluates, separated by commas or 、.
 */
public record OrganisationRequest(@Text String name,
                                  @NotNull(message = "{validation.required}") OrganisationKind kind,
                                  @Size(max = 200, message = "{validation.tooLong}") String employerName,
                                  @Text(max = 2000) String occupations) {
}
