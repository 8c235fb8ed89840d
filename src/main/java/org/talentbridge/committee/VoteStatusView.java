package org.talentbridge.committee;

import java.time.OffsetDateTime;
import java.util.List;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The vote of a confirmed panel as the secretary sees it: before closing only how many have voted on each case;
 * after closing the stored tally. There is no per-member decision here, by design.
 *
 * @param votedByCase the number of members who have voted on each case, in the draw's case order
 * @param tally       empty until the vote is closed
 * @param moveOn      null until the vote is closed; then how far its cases have been moved on in the background
 */
public record VoteStatusView(long drawId, String roundName, String series, TitleLevel targetLevel, GroupKind groupKind,
                             int panelSize, VoteState state, VoteShare quorum, VoteShare pass, List<CaseCount> votedByCase,
                             String openedBy, OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt,
                             List<CaseTally> tally, MoveOnProgress moveOn) {

    /** How many members have voted on a case. */
    public record CaseCount(String caseNumber, int voted) {
    }
}
