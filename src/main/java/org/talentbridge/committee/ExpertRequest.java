package org.talentbridge.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.Text;

/**
 * The secretary adds a COMMITTEE_MEMBER account to the pool of a series.
 *
 * @param maxLevel    the highest title level the expert may judge
 * @param employerId  the expert's employer (registered), if any: they never judge its staff
 * @param highSkilled the expert is high-skilled talent themselves (a skill expert)
 */
public record ExpertRequest(@Text(max = 64) String username,
                            @NotBlank(message = "{validation.required}") String series,
                            @NotNull(message = "{validation.required}") TitleLevel maxLevel,
                            Long employerId,
                            boolean highSkilled) {
}
