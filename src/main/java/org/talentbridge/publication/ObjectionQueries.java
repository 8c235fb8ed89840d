package org.talentbridge.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.policy.CaseHandling;

/**
 * Publication's query API for other modules (issue 14): objections and who published or answered on a case, without
 * reading the publicity tables. No permission of its own: the calling service has checked its caller.
 */
@Component
public class ObjectionQueries {

    private final JdbcTemplate jdbc;

    ObjectionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the objector wrote. */
    @Transactional(readOnly = true)
    public Optional<String> statement(long objectionId) {
        return jdbc.queryForList("select statement from tb.objection where id = ?", String.class, objectionId).stream().findFirst();
    }

    /** Whether the objection waits for its answer. */
    @Transactional(readOnly = true)
    public boolean isOpen(long objectionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from tb.objection where id = ? and status = 'OPEN')", Boolean.class, objectionId));
    }

    /** Who published these cases and who answered their objections, before the current transaction. */
    @Transactional(readOnly = true)
    public List<CaseHandling> handlersOf(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select c, who, what from (
                    select e.case_number c, p.published_by who, 'publicity.published' what, p.published_at at
                    from tb.publicity_entry e join tb.publicity p on p.id = e.publicity_id
                    union all select e.case_number, o.answered_by,
                           case o.status when 'ANSWERED_SUSTAINED' then 'objection.sustained' else 'objection.unfounded' end,
                           o.answered_at
                    from tb.objection o join tb.publicity_entry e on e.id = o.entry_id) acts
                where c = any (?) and who is not null and at < transaction_timestamp()
                group by c, who, what order by min(at)""",
                (rs, n) -> new CaseHandling(rs.getString(1), rs.getString(2), rs.getString(3)),
                (Object) caseNumbers.toArray(String[]::new));
    }
}
