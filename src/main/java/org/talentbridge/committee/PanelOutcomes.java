package org.talentbridge.committee;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
}
