package org.talentbridge.committee;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which cases of a closed vote have been dealt with, and how (V41, {@code tb.panel_move_on}). */
@Repository
class MoveOnRepository {

    private final JdbcTemplate jdbc;

    MoveOnRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The recorded outcome of the case, if it has been dealt with. */
    Optional<MoveOnOutcome> outcome(long drawId, String caseNumber) {
        return jdbc.queryForList("select outcome from tb.panel_move_on where draw_id = ? and case_number = ?", String.class,
                drawId, caseNumber).stream().findFirst().map(MoveOnOutcome::valueOf);
    }

    /** Records the case as dealt with; false when it already was (the caller's transaction then rolls back its move). */
    boolean record(long drawId, String caseNumber, MoveOnOutcome outcome) {
        return jdbc.update("""
                insert into tb.panel_move_on (draw_id, case_number, outcome, moved_at) values (?, ?, ?, now())
                on conflict do nothing""", drawId, caseNumber, outcome.name()) == 1;
    }

    /** How many cases of the vote have each outcome. */
    Map<MoveOnOutcome, Integer> counts(long drawId) {
        Map<MoveOnOutcome, Integer> counts = new HashMap<>();
        jdbc.query("select outcome, count(*) from tb.panel_move_on where draw_id = ? group by outcome",
                rs -> {
                    counts.put(MoveOnOutcome.valueOf(rs.getString(1)), rs.getInt(2));
                }, drawId);
        return counts;
    }
}
