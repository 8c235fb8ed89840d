package org.talentbridge.committee;

import org.talentbridge.shared.policy.TitleLevel;

/**
 * A drawn expert.
 *
 * @param position the place in the drawn order: 1..panelSize seated by the draw, then the alternates in order
 */
public record DrawnMember(int position, long expertId, String username, String displayName, String employerName,
                          TitleLevel maxLevel, boolean highSkilled, MemberState state) {
}
