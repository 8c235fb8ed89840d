package org.talentbridge.skilleval;

import org.talentbridge.eligibility.SkillScreening;

/** The evaluation channels of rule S4; the names are those of {@link SkillScreening}'s channels. */
public enum OrganisationKind {
    /** The applicant's own employer, accredited for skill-level certification. */
    EMPLOYER,
    /** A social evaluation organisation (社会评价组织). */
    SOCIAL_ORGANISATION,
    /** A registered appraisal institution, for access-type qualifications (准入类). */
    REGISTERED_APPRAISAL_INSTITUTION;

    public String messageKey() {
        return "skilleval.kind." + name();
    }
}
