package org.talentbridge.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reads of {@code tb.absence} that {@link Absences}, {@link InstanceRepair} and the task listener share. */
@Component
class AbsenceQueries {

    private final JdbcTemplate jdbc;

    AbsenceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who takes {@code username}'s tasks on {@code day}, if they are absent then (the newest period wins). */
    Optional<String> substituteOn(String username, LocalDate day) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.queryForList("select substitute from tb.absence where username = ? and first_day <= ? and last_day >= ?"
                + " order by created_at desc, id desc limit 1", String.class, username, day, day).stream().findFirst();
    }

    /** Of {@code usernames}, those absent on {@code day} (one indexed query). */
    Set<String> absentOn(Collection<String> usernames, LocalDate day) {
        if (usernames == null || usernames.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.queryForList("select distinct username from tb.absence where username = any (?)"
                + " and first_day <= ? and last_day >= ?", String.class,
                usernames.stream().filter(u -> u != null).distinct().toArray(String[]::new), day, day));
    }

    /** Everyone absent on {@code day}, each with their newest period covering it. */
    List<Absence> periodsCovering(LocalDate day) {
        return jdbc.query("select distinct on (username) * from tb.absence"
                + " where first_day <= ? and last_day >= ? order by username, created_at desc, id desc",
                (rs, n) -> new Absence(rs.getLong("id"), rs.getString("username"), rs.getString("substitute"),
                        rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                        rs.getString("reason"), rs.getString("created_by")), day, day);
    }
}
