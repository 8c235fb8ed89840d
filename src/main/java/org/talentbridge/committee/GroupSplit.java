package org.talentbridge.committee;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that splits a group larger than one panel can review (issue 19, item 3): a group of {@code n} cases with at
 * most {@code max} per panel ({@code app.committee.max-cases-per-panel}) becomes {@code k = ceil(n / max)} panels of
 * nearly equal size (they differ by at most one case; the larger ones first), each taking the next cases in case-number
 * order. So 500 cases with a limit of 500 stay one panel, 501 become two of 251 and 250, 1,001 three of 334, 334, 333.
 * A group is never refused for its size.
 */
final class GroupSplit {

    private GroupSplit() {
    }

    /** The parts, in order; a group within the limit is one part (itself). */
    static <T> List<List<T>> split(List<T> group, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at most " + max + " cases per panel");
        }
        int n = group.size();
        int parts = Math.max(1, (n + max - 1) / max);
        List<List<T>> result = new ArrayList<>(parts);
        int from = 0;
        for (int i = 0; i < parts; i++) {
            int size = n / parts + (i < n % parts ? 1 : 0);
            result.add(List.copyOf(group.subList(from, from + size)));
            from += size;
        }
        return result;
    }
}
