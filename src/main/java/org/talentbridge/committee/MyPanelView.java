package org.talentbridge.committee;

import org.talentbridge.shared.policy.TitleLevel;

/** A confirmed panel the signed-in member sits on, with how far they have voted. */
public record MyPanelView(long drawId, String roundName, String series, TitleLevel targetLevel, GroupKind groupKind,
                          int panelSize, VoteState state, int cases, int casesIVoted) {
}
