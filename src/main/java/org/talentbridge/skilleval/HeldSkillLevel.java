package org.talentbridge.skilleval;

import java.time.LocalDate;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/** A skill level on the applicant's record with the title level it is treated as (rule E; null when none). */
public record HeldSkillLevel(SkillLevel level, String occupationName, LocalDate obtainedOn, String certificateNumber,
                             String issuingBody, TitleLevel treatedAs) {
}
