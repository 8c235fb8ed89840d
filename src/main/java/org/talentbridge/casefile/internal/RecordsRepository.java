package org.talentbridge.casefile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.talentbridge.casefile.Achievement;
import org.talentbridge.casefile.AchievementInput;
import org.talentbridge.casefile.AchievementKind;
import org.talentbridge.casefile.TrainingInput;
import org.talentbridge.casefile.TrainingRecord;

/** Achievements, training records and their frozen copies ({@code tb.casefile_achievement}, {@code _training}, {@code _case_record}). */
@Repository
public class RecordsRepository {

    private final JdbcTemplate jdbc;

    RecordsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insertAchievement(long owner, AchievementInput in, OffsetDateTime at) {
        return jdbc.queryForObject("insert into tb.casefile_achievement (owner_account_id, kind, achieved_on, description, "
                        + "apprentice_names, apprentice_from, apprentice_to, apprentice_outcome, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, owner, in.kind().name(), in.achievedOn(),
                in.description().strip(), blankToNull(in.apprenticeNames()), in.apprenticeFrom(), in.apprenticeTo(),
                blankToNull(in.apprenticeOutcome()), at);
    }

    public List<Achievement> achievements(long owner) {
        return jdbc.query("select * from tb.casefile_achievement where owner_account_id = ? and removed_at is null "
                + "order by achieved_on, id", this::achievement, owner);
    }

    public Optional<Long> ownerOfAchievement(long id) {
        return jdbc.queryForList("select owner_account_id from tb.casefile_achievement where id = ? and removed_at is null",
                Long.class, id).stream().findFirst();
    }

    public void removeAchievement(long id, OffsetDateTime at) {
        jdbc.update("update tb.casefile_achievement set removed_at = ? where id = ?", at, id);
    }

    public long insertTraining(long owner, TrainingInput in, OffsetDateTime at) {
        return jdbc.queryForObject("insert into tb.casefile_training (owner_account_id, year, course, provider, hours, "
                + "created_at) values (?, ?, ?, ?, ?, ?) returning id", Long.class, owner, in.year(), in.course().strip(),
                in.provider().strip(), in.hours(), at);
    }

    public List<TrainingRecord> training(long owner) {
        return jdbc.query("select * from tb.casefile_training where owner_account_id = ? and removed_at is null "
                + "order by year, id", (rs, n) -> new TrainingRecord(rs.getLong("id"), rs.getInt("year"),
                rs.getString("course"), rs.getString("provider"), rs.getBigDecimal("hours")), owner);
    }

    public Optional<Long> ownerOfTraining(long id) {
        return jdbc.queryForList("select owner_account_id from tb.casefile_training where id = ? and removed_at is null",
                Long.class, id).stream().findFirst();
    }

    public void removeTraining(long id, OffsetDateTime at) {
        jdbc.update("update tb.casefile_training set removed_at = ? where id = ?", at, id);
    }

    public void freeze(String caseNumber, int submissionNo, String achievementsJson, String trainingJson, OffsetDateTime at) {
        jdbc.update("insert into tb.casefile_case_record (case_number, submission_no, achievements, training, frozen_at) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", caseNumber, submissionNo, achievementsJson, trainingJson, at);
    }

    /** The JSON of the latest frozen submission: {achievements, training}, or empty before any. */
    public Optional<String[]> latestFrozen(String caseNumber) {
        return jdbc.query("select achievements, training from tb.casefile_case_record where case_number = ? "
                        + "order by submission_no desc limit 1",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, caseNumber).stream().findFirst();
    }

    private Achievement achievement(ResultSet rs, int n) throws SQLException {
        return new Achievement(rs.getLong("id"), AchievementKind.valueOf(rs.getString("kind")),
                rs.getObject("achieved_on", LocalDate.class), rs.getString("description"), rs.getString("apprentice_names"),
                rs.getObject("apprentice_from", LocalDate.class), rs.getObject("apprentice_to", LocalDate.class),
                rs.getString("apprentice_outcome"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
