package org.talentbridge.committee;

import java.util.List;

/**
 * A draw replayed from its stored seed and the pool as the draw saw it.
 *
 * @param stored   the drawn order as recorded (expert ids, seated then alternates; replacements do not change it)
 * @param replayed the order the algorithm gives today for the same inputs
 */
public record ReplayResult(long drawId, long seed, List<Long> stored, List<Long> replayed) {

    public boolean matches() {
        return stored.equals(replayed);
    }
}
