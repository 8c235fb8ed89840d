package org.talentbridge.committee;

import java.util.List;

/** One panel's ballot sheet for the signed-in member: every case of the panel with their own ballot. */
public record BallotSheet(MyPanelView panel, List<MyBallot> ballots) {
}
