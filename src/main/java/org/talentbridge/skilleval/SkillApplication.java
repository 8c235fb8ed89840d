package org.talentbridge.skilleval;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.validation.Text;

/**
 * What the applicant submits (the rest comes from their profile, frozen with the case): the level and occupation,
 * the channel they prefer (EMPLOYER is honoured only when their employer is accredited, S4; null means a social
 * evaluation organisation), and the related major of their graduation certificate, if any (S3: theory exam exempt).
 * A direct application (S5, 直接申报) names the evidence of outstanding skill: items of the applicant's own profile
 * (achievements, or items carrying documents), at least one, at most {@code app.skill-evaluation.max-evidence-items}.
 */
public record SkillApplication(@NotNull(message = "{validation.required}") SkillLevel targetLevel,
                               @Text String occupationName,
                               OrganisationKind preferredChannel,
                               @Size(max = 200, message = "{validation.tooLong}") String relatedMajor,
                               boolean direct,
                               List<ItemRef> evidence) {

    public SkillApplication {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A standard application (S1/S2), no evidence. */
    public SkillApplication(SkillLevel targetLevel, String occupationName, OrganisationKind preferredChannel, String relatedMajor) {
        this(targetLevel, occupationName, preferredChannel, relatedMajor, false, List.of());
    }
}
