package org.talentbridge.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The split rule of a group larger than one panel can review (issue 19 item 3), at its boundaries. */
class GroupSplitTest {

    private static List<Integer> cases(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    private static List<Integer> sizes(int n, int max) {
        return GroupSplit.split(cases(n), max).stream().map(List::size).toList();
    }

    @Test
    void aGroupUpToTheLimitIsOnePanel() {
        assertThat(sizes(500, 500)).containsExactly(500);
        assertThat(sizes(1, 500)).containsExactly(1);
        assertThat(GroupSplit.split(cases(500), 500).get(0)).isEqualTo(cases(500));
    }

    @Test
    void oneCaseOverTheLimitMakesTwoPanelsOfNearlyEqualSize() {
        assertThat(sizes(501, 500)).containsExactly(251, 250);
        assertThat(sizes(1000, 500)).containsExactly(500, 500);
        assertThat(sizes(1001, 500)).containsExactly(334, 334, 333);
        assertThat(sizes(10_000, 500)).hasSize(20).containsOnly(500);
        assertThat(sizes(10_001, 500)).hasSize(21).allSatisfy(s -> assertThat(s).isBetween(476, 477));
    }

    @Test
    void thePartsTakeTheCasesInOrderEachExactlyOnce() {
        List<List<Integer>> parts = GroupSplit.split(cases(7), 3);
        assertThat(parts).containsExactly(List.of(1, 2, 3), List.of(4, 5), List.of(6, 7));
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(cases(7));
    }

    @Test
    void anEmptyGroupIsOneEmptyPartAndALimitBelowOneIsRefused() {
        assertThat(sizes(0, 500)).containsExactly(0);
        assertThatThrownBy(() -> GroupSplit.split(cases(3), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
