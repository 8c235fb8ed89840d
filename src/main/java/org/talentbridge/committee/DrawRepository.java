package org.talentbridge.committee;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.talentbridge.shared.policy.TitleLevel;

/** Draws, their drawn order, their candidates and replacements (append-only but for the confirmation), in SQL. */
@Repository
class DrawRepository {

    /** A draw row. */
    record DrawRow(long id, long roundId, String series, TitleLevel targetLevel, GroupKind groupKind, int panelSize,
                   long seed, List<String> caseNumbers, List<Long> applicantEmployerIds, String drawnBy,
                   OffsetDateTime drawnAt, String confirmedBy, OffsetDateTime confirmedAt) {
    }

    /** A replacement row. */
    record ReplacementRow(long replacedExpertId, long replacingExpertId, List<Long> passedOver, String reason,
                          String replacedBy, OffsetDateTime replacedAt) {
    }

    private static final String DRAW_COLUMNS = "id, round_id, series, target_level, group_kind, panel_size, seed, "
            + "case_numbers, applicant_employer_ids, drawn_by, drawn_at, confirmed_by, confirmed_at";

    private final JdbcTemplate jdbc;

    DrawRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises draws of one round (loads are counted per round) with a transaction-scoped advisory lock of the
     * committee's own (the round's row belongs to the round module).
     */
    void lockRound(long roundId) {
        jdbc.query("select pg_advisory_xact_lock(7311, ?)", rs -> { }, Math.toIntExact(roundId));
    }

    long insert(long roundId, String series, TitleLevel level, GroupKind kind, int panelSize, long seed,
                List<String> caseNumbers, List<Long> employerIds, String drawnBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into tb.panel_draw (round_id, series, target_level, group_kind, panel_size, seed, case_numbers,
                                               applicant_employer_ids, drawn_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, roundId);
            ps.setString(2, series);
            ps.setString(3, level.name());
            ps.setString(4, kind.name());
            ps.setInt(5, panelSize);
            ps.setLong(6, seed);
            ps.setArray(7, con.createArrayOf("text", caseNumbers.toArray()));
            ps.setArray(8, con.createArrayOf("bigint", employerIds.toArray()));
            ps.setString(9, drawnBy);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void insertMembers(long drawId, List<Long> drawn) {
        jdbc.batchUpdate("insert into tb.panel_draw_member (draw_id, position, expert_id) values (?, ?, ?)",
                java.util.stream.IntStream.range(0, drawn.size())
                        .mapToObj(i -> new Object[] {drawId, i + 1, drawn.get(i)}).toList());
    }

    void insertCandidates(long drawId, List<PanelDraw.Candidate> candidates) {
        jdbc.batchUpdate("""
                insert into tb.panel_draw_candidate (draw_id, expert_id, max_level, employer_id, high_skilled, prior_seats)
                values (?, ?, ?, ?, ?, ?)""", candidates.stream().map(c -> new Object[] {drawId, c.expertId(),
                c.maxLevel().name(), c.employerId(), c.highSkilled(), c.priorSeats()}).toList());
    }

    void insertReplacement(long drawId, long replaced, long replacing, List<Long> passedOver, String reason, String by) {
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into tb.panel_replacement (draw_id, replaced_expert_id, replacing_expert_id, passed_over, reason,
                                                      replaced_by)
                    values (?, ?, ?, ?, ?, ?)""", Statement.NO_GENERATED_KEYS);
            ps.setLong(1, drawId);
            ps.setLong(2, replaced);
            ps.setLong(3, replacing);
            ps.setArray(4, con.createArrayOf("bigint", passedOver.toArray()));
            ps.setString(5, reason);
            ps.setString(6, by);
            return ps;
        });
    }

    /** Confirms an unconfirmed draw; false when it was confirmed already. */
    boolean confirm(long drawId, String by) {
        return jdbc.update("update tb.panel_draw set confirmed_by = ?, confirmed_at = now() where id = ? and confirmed_at is null",
                by, drawId) == 1;
    }

    /** The draw, its row locked until the transaction ends (replacements and confirmation go one at a time). */
    Optional<DrawRow> findForUpdate(long id) {
        return jdbc.query("select " + DRAW_COLUMNS + " from tb.panel_draw where id = ? for update", DrawRepository::draw, id)
                .stream().findFirst();
    }

    Optional<DrawRow> find(long id) {
        return jdbc.query("select " + DRAW_COLUMNS + " from tb.panel_draw where id = ?", DrawRepository::draw, id)
                .stream().findFirst();
    }

    /** The newest draws first, of one round or (null) of all rounds. */
    List<DrawRow> recent(Long roundId, int limit) {
        return roundId == null
                ? jdbc.query("select " + DRAW_COLUMNS + " from tb.panel_draw order by id desc limit ?", DrawRepository::draw, limit)
                : jdbc.query("select " + DRAW_COLUMNS + " from tb.panel_draw where round_id = ? order by id desc limit ?",
                        DrawRepository::draw, roundId, limit);
    }

    List<DrawRow> ofRound(long roundId) {
        return jdbc.query("select " + DRAW_COLUMNS + " from tb.panel_draw where round_id = ? order by id", DrawRepository::draw,
                roundId);
    }

    /** The drawn order: expert ids by position. */
    List<Long> members(long drawId) {
        return jdbc.queryForList("select expert_id from tb.panel_draw_member where draw_id = ? order by position", Long.class,
                drawId);
    }

    List<PanelDraw.Candidate> candidates(long drawId, String series) {
        return jdbc.query("""
                select expert_id, max_level, employer_id, high_skilled, prior_seats from tb.panel_draw_candidate
                where draw_id = ? order by expert_id""", (rs, i) -> new PanelDraw.Candidate(rs.getLong("expert_id"), series,
                TitleLevel.valueOf(rs.getString("max_level")), (Long) rs.getObject("employer_id", Long.class),
                rs.getBoolean("high_skilled"), rs.getInt("prior_seats")), drawId);
    }

    /**
     * The seated members as drawn (positions 1 to the panel size, in order) of every draw of the round, by draw: one
     * query however many draws the round has (issue 19 item 3; the round's load is counted before each draw).
     */
    Map<Long, List<Long>> seatedAsDrawnOfRound(long roundId) {
        Map<Long, List<Long>> seated = new LinkedHashMap<>();
        jdbc.query("""
                select m.draw_id, m.expert_id from tb.panel_draw d join tb.panel_draw_member m on m.draw_id = d.id
                where d.round_id = ? and m.position <= d.panel_size order by m.draw_id, m.position""",
                rs -> {
                    seated.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, roundId);
        return seated;
    }

    /** The replacements of every draw of the round, by draw, each draw's in order: one query. */
    Map<Long, List<ReplacementRow>> replacementsOfRound(long roundId) {
        Map<Long, List<ReplacementRow>> replacements = new HashMap<>();
        jdbc.query("""
                select r.draw_id, r.replaced_expert_id, r.replacing_expert_id, r.passed_over, r.reason, r.replaced_by,
                       r.replaced_at
                from tb.panel_replacement r join tb.panel_draw d on d.id = r.draw_id where d.round_id = ?
                order by r.draw_id, r.id""", rs -> {
                    replacements.computeIfAbsent(rs.getLong("draw_id"), k -> new ArrayList<>()).add(replacement(rs));
                }, roundId);
        return replacements;
    }

    List<ReplacementRow> replacements(long drawId) {
        return jdbc.query("""
                select replaced_expert_id, replacing_expert_id, passed_over, reason, replaced_by, replaced_at
                from tb.panel_replacement where draw_id = ? order by id""", (rs, i) -> replacement(rs), drawId);
    }

    private static ReplacementRow replacement(ResultSet rs) throws SQLException {
        return new ReplacementRow(rs.getLong("replaced_expert_id"), rs.getLong("replacing_expert_id"),
                longs(rs.getArray("passed_over")), rs.getString("reason"), rs.getString("replaced_by"),
                rs.getObject("replaced_at", OffsetDateTime.class));
    }

    private static DrawRow draw(ResultSet rs, int row) throws SQLException {
        return new DrawRow(rs.getLong("id"), rs.getLong("round_id"), rs.getString("series"),
                TitleLevel.valueOf(rs.getString("target_level")), GroupKind.valueOf(rs.getString("group_kind")),
                rs.getInt("panel_size"), rs.getLong("seed"), List.of((String[]) rs.getArray("case_numbers").getArray()),
                longs(rs.getArray("applicant_employer_ids")), rs.getString("drawn_by"),
                rs.getObject("drawn_at", OffsetDateTime.class), rs.getString("confirmed_by"),
                rs.getObject("confirmed_at", OffsetDateTime.class));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
