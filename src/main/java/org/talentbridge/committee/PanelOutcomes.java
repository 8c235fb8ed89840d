package org.talentbridge.committee;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.policy.CaseHandling;

/**
 * The committee's query API for other modules (issue 14): the outcome of the panels' votes on cases, without reading
 * the vote tables (whose ballots stay secret: only the counted tally is read here). No permission of its own: the
 * calling service has checked its caller.
 */
@Component
public class PanelOutcomes {

    private final JdbcTemplate jdbc;

    PanelOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a panel's tally passed each case that has one (true when any of its tallies passed). */
    @Transactional(readOnly = true)
    public Map<String, Boolean> passedOf(Collection<String> caseNumbers) {
        Map<String, Boolean> passed = new HashMap<>();
        if (!caseNumbers.isEmpty()) {
            jdbc.query("select case_number, bool_or(passed) from tb.panel_tally where case_number = any (?) group by case_number",
                    rs -> {
                        passed.put(rs.getString(1), rs.getBoolean(2));
                    }, (Object) caseNumbers.toArray(String[]::new));
        }
        return passed;
    }

    /**
     * Who drew, confirmed, opened and closed the votes of panels on these cases, before the current transaction (an act
     * of the transaction asking is not handling the case).
     */
    @Transactional(readOnly = true)
    public List<CaseHandling> handlersOf(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select c, who, what from (
                    select unnest(d.case_numbers) c, d.drawn_by who, 'committee.drawn' what, d.drawn_at at from tb.panel_draw d
                    union all select unnest(d.case_numbers), d.confirmed_by, 'committee.drawConfirmed', d.confirmed_at
                    from tb.panel_draw d
                    union all select unnest(d.case_numbers), v.opened_by, 'committee.voteOpened', v.opened_at
                    from tb.panel_draw d join tb.panel_vote v on v.draw_id = d.id
                    union all select unnest(d.case_numbers), v.closed_by, 'committee.voteClosed', v.closed_at
                    from tb.panel_draw d join tb.panel_vote v on v.draw_id = d.id) acts
                where c = any (?) and who is not null and at < transaction_timestamp()
                group by c, who, what order by min(at)""",
                (rs, n) -> new CaseHandling(rs.getString(1), rs.getString(2), rs.getString(3)),
                (Object) caseNumbers.toArray(String[]::new));
    }
}
