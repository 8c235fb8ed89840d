package org.talentbridge.integrity;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * The integrity file (诚信档案库, rule I) as screening reads it: does a person have an entry in force on a
 * date? Entries are only ever added (issue 6 builds recording, lifting and the screens).
 */
@Service
public class IntegrityFile {

    private final JdbcTemplate jdbc;

    IntegrityFile(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasActiveEntry(String idNumber, LocalDate on) {
        Boolean active = jdbc.queryForObject("""
                select exists (select 1 from tb.integrity_entry e
                               where e.id_number = ? and e.finding <> 'LIFTED' and e.active_from <= ? and (e.active_until is null or e.active_until >= ?)
                                 and not exists (select 1 from tb.integrity_entry l where l.lifts_entry_id = e.id))""",
                Boolean.class, ChineseIdNumber.normalise(idNumber), on, on);
        return Boolean.TRUE.equals(active);
    }
}
