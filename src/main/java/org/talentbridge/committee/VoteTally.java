package org.talentbridge.committee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Counts the ballots on one case (pure, no database): present = ballots cast (agree, disagree or abstain); the quorum
 * is met when present reaches the quorum share of the panel; the case passes when the quorum is met and agree reaches
 * the pass share of the whole panel (not of those present). Integer arithmetic only: with 7 members and 2/3, 5 agree
 * pass (5 × 3 = 15 ≥ 7 × 2 = 14) and 4 do not.
 */
public final class VoteTally {

    /** A counted ballot: no member, no time. */
    public record Ballot(VoteDecision decision, int performance, int skill, int interview) {
    }

    private VoteTally() {
    }

    public static CaseTally count(String caseNumber, int panelSize, VoteShare quorum, VoteShare pass, List<Ballot> ballots) {
        int agree = (int) ballots.stream().filter(b -> b.decision() == VoteDecision.AGREE).count();
        int disagree = (int) ballots.stream().filter(b -> b.decision() == VoteDecision.DISAGREE).count();
        int abstain = (int) ballots.stream().filter(b -> b.decision() == VoteDecision.ABSTAIN).count();
        int present = ballots.size();
        boolean quorumMet = quorum.reachedBy(present, panelSize);
        boolean passed = quorumMet && pass.reachedBy(agree, panelSize);
        return new CaseTally(caseNumber, panelSize, present, agree, disagree, abstain, quorumMet, passed,
                average(ballots, Ballot::performance), average(ballots, Ballot::skill), average(ballots, Ballot::interview));
    }

    private static BigDecimal average(List<Ballot> ballots, ToIntFunction<Ballot> score) {
        if (ballots.isEmpty()) {
            return null;
        }
        long sum = ballots.stream().mapToLong(score::applyAsInt).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ballots.size()), 2, RoundingMode.HALF_UP);
    }
}
