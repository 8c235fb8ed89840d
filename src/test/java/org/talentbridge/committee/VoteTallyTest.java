package org.talentbridge.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vote rules at the threshold, with integer arithmetic only (default: quorum 2/3 of the panel, pass 2/3 of the panel). */
class VoteTallyTest {

    private static final VoteShare TWO_THIRDS = VoteShare.valueOf("2/3");

    private static List<VoteTally.Ballot> ballots(int agree, int disagree, int abstain) {
        List<VoteTally.Ballot> list = new ArrayList<>();
        for (int i = 0; i < agree; i++) {
            list.add(new VoteTally.Ballot(VoteDecision.AGREE, 80, 70, 90));
        }
        for (int i = 0; i < disagree; i++) {
            list.add(new VoteTally.Ballot(VoteDecision.DISAGREE, 50, 40, 60));
        }
        for (int i = 0; i < abstain; i++) {
            list.add(new VoteTally.Ballot(VoteDecision.ABSTAIN, 65, 55, 75));
        }
        return list;
    }

    private static CaseTally count(int size, int agree, int disagree, int abstain) {
        return VoteTally.count("ZC-1", size, TWO_THIRDS, TWO_THIRDS, ballots(agree, disagree, abstain));
    }

    @Test
    void fiveAgreeOfSevenPassBecauseFifteenReachesFourteen() {
        CaseTally t = count(7, 5, 2, 0);
        assertThat(t.present()).isEqualTo(7);
        assertThat(t.quorumMet()).isTrue();
        assertThat(t.passed()).isTrue();
        assertThat(TWO_THIRDS.of(7)).isEqualTo(5);
    }

    @Test
    void fourAgreeOfSevenAreOneVoteShort() {
        CaseTally t = count(7, 4, 2, 1);
        assertThat(t.quorumMet()).isTrue();
        assertThat(t.passed()).isFalse();
    }

    @Test
    void exactlyTwoThirdsPassesOnAPanelDivisibleByThree() {
        assertThat(count(3, 2, 1, 0).passed()).isTrue();
        assertThat(count(9, 6, 0, 0).passed()).isTrue();
        assertThat(count(9, 5, 4, 0).passed()).isFalse();
        assertThat(count(3, 3, 0, 0).passed()).isTrue();
        assertThat(count(3, 1, 2, 0).passed()).isFalse();
    }

    @Test
    void abstainingCountsForTheQuorumButNotForPassing() {
        CaseTally t = count(7, 4, 0, 1);
        assertThat(t.present()).isEqualTo(5);
        assertThat(t.abstain()).isEqualTo(1);
        assertThat(t.quorumMet()).isTrue();
        assertThat(t.passed()).isFalse();
    }

    @Test
    void withoutQuorumNothingPassesEvenIfAllPresentAgree() {
        // 7 members, 4 present: 4 × 3 = 12 < 14; and on a panel of 9, 5 present of whom all agree
        CaseTally t = count(7, 4, 0, 0);
        assertThat(t.quorumMet()).isFalse();
        assertThat(t.passed()).isFalse();
        CaseTally lenientPass = VoteTally.count("ZC-2", 9, TWO_THIRDS, VoteShare.valueOf("1/2"), ballots(5, 0, 0));
        assertThat(lenientPass.quorumMet()).isFalse();
        assertThat(lenientPass.passed()).as("agree reaches 1/2 but the quorum is missing").isFalse();
        // exactly the quorum (5 of 7 present) with all of them agreeing passes
        assertThat(count(7, 5, 0, 0).passed()).isTrue();
    }

    @Test
    void averagesAreOverTheBallotsCastAndNullWhenNobodyVoted() {
        CaseTally t = count(7, 2, 1, 0);
        assertThat(t.averagePerformance()).isEqualByComparingTo(new BigDecimal("70.00"));
        assertThat(t.averageSkill()).isEqualByComparingTo(new BigDecimal("60.00"));
        assertThat(t.averageInterview()).isEqualByComparingTo(new BigDecimal("80.00"));
        CaseTally none = count(7, 0, 0, 0);
        assertThat(none.present()).isZero();
        assertThat(none.averagePerformance()).isNull();
        assertThat(none.passed()).isFalse();
    }

    @Test
    void aShareIsWrittenAsAFractionNoMoreThanOne() {
        assertThat(VoteShare.valueOf(" 3 / 4 ")).isEqualTo(new VoteShare(3, 4));
        assertThatThrownBy(() -> VoteShare.valueOf("4/3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VoteShare.valueOf("0.66")).isInstanceOf(IllegalArgumentException.class);
    }
}
