package org.talentbridge.skilleval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.validation.Text;

/**
 * What the applicant submits (the rest comes from their profile, frozen with the case): the level and occupation,
 * the channel they prefer (EMPLOYER is honoured only when their employer is accredited, S4; null means a social
 * evaluation organisation), and the related major of their graduation certificate, if any (S3: theory exam exempt).
 */
public record SkillApplication(@NotNull(message = "{validation.required}") SkillLevel targetLevel,
                               @Text String occupationName,
                               OrganisationKind preferredChannel,
                               @Size(max = 200, message = "{validation.tooLong}") String relatedMajor) {
}
