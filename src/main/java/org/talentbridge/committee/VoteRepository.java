package org.talentbridge.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Votes, participation, the open ballot box, counted ballots and tallies, in SQL (V12). No statement here reads or
 * writes a ballot together with a member: a ballot is found only by its locator (a keyed hash the service computes).
 */
@Repository
class VoteRepository {

    /** A vote row. */
    record VoteRow(long drawId, int panelSize, VoteShare quorum, VoteShare pass, byte[] pepper, String openedBy,
                   OffsetDateTime openedAt, String closedBy, OffsetDateTime closedAt) {

        VoteState state() {
            return closedAt == null ? VoteState.OPEN : VoteState.CLOSED;
        }
    }

    /** A ballot of the open box (its case and content only). */
    record OpenBallot(String caseNumber, VoteTally.Ballot ballot) {
    }

    private static final String VOTE_COLUMNS = "draw_id, panel_size, quorum_numerator, quorum_denominator, pass_numerator, "
            + "pass_denominator, pepper, opened_by, opened_at, closed_by, closed_at";

    private final JdbcTemplate jdbc;

    VoteRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The draws in which any of these experts was drawn (seated or alternate), newest first. */
    List<Long> drawsWithExperts(Collection<Long> expertIds) {
        if (expertIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select distinct m.draw_id from tb.panel_draw_member m join tb.panel_draw d on d.id = m.draw_id
                    where m.expert_id = any(?) and d.confirmed_at is not null order by m.draw_id desc""");
            ps.setArray(1, con.createArrayOf("bigint", expertIds.toArray()));
            return ps;
        }, (rs, i) -> rs.getLong(1));
    }

    void open(long drawId, int panelSize, VoteShare quorum, VoteShare pass, byte[] pepper, String by) {
        jdbc.update("""
                insert into tb.panel_vote (draw_id, panel_size, quorum_numerator, quorum_denominator, pass_numerator,
                                           pass_denominator, pepper, opened_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", drawId, panelSize, quorum.numerator(), quorum.denominator(),
                pass.numerator(), pass.denominator(), pepper, by);
    }

    Optional<VoteRow> find(long drawId) {
        return jdbc.query("select " + VOTE_COLUMNS + " from tb.panel_vote where draw_id = ?", VoteRepository::vote, drawId)
                .stream().findFirst();
    }

    /** The vote, its row locked until the transaction ends: ballots and closing go one at a time per panel. */
    Optional<VoteRow> findForUpdate(long drawId) {
        return jdbc.query("select " + VOTE_COLUMNS + " from tb.panel_vote where draw_id = ? for update", VoteRepository::vote,
                drawId).stream().findFirst();
    }

    /** A ballot to cast: its case, its locator and its content. */
    record NewBallot(String caseNumber, byte[] locator, VoteTally.Ballot ballot) {
    }

    /** Casts or replaces the ballots with these locators (a replacement keeps its random id), in one batch. */
    void putBallots(long drawId, List<NewBallot> ballots) {
        jdbc.batchUpdate("""
                insert into tb.panel_ballot (id, draw_id, case_number, locator, decision, score_performance, score_skill,
                                             score_interview)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (locator) do update set decision = excluded.decision,
                    score_performance = excluded.score_performance, score_skill = excluded.score_skill,
                    score_interview = excluded.score_interview""", ballots.stream().map(n -> new Object[] {UUID.randomUUID(),
                drawId, n.caseNumber(), n.locator(), n.ballot().decision().name(), n.ballot().performance(),
                n.ballot().skill(), n.ballot().interview()}).toList());
    }

    /**
     * The ballots with these locators, in one query, keyed by the locator in hex (a member's whole sheet; the locators
     * are the member's own, so nothing here links a ballot to anyone).
     */
    Map<String, VoteTally.Ballot> ballotsByLocators(List<byte[]> locators) {
        Map<String, VoteTally.Ballot> found = new HashMap<>();
        if (locators.isEmpty()) {
            return found;
        }
        HexFormat hex = HexFormat.of();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select locator, decision, score_performance, score_skill, score_interview from tb.panel_ballot
                    where locator = any (select decode(h, 'hex') from unnest(?::text[]) h)""");
            ps.setArray(1, con.createArrayOf("text", locators.stream().map(hex::formatHex).toArray()));
            return ps;
        }, (RowCallbackHandler) rs -> found.put(hex.formatHex(rs.getBytes("locator")), ballot(rs)));
        return found;
    }

    void participate(long drawId, long accountId, List<String> caseNumbers) {
        jdbc.batchUpdate("""
                insert into tb.panel_participation (draw_id, account_id, case_number) values (?, ?, ?)
                on conflict do nothing""", caseNumbers.stream().map(c -> new Object[] {drawId, accountId, c}).toList());
    }

    /** The cases this account has voted on (participation only). */
    List<String> casesVotedBy(long drawId, long accountId) {
        return jdbc.queryForList("select case_number from tb.panel_participation where draw_id = ? and account_id = ?",
                String.class, drawId, accountId);
    }

    /** How many members have voted on each case. */
    Map<String, Integer> votedByCase(long drawId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select case_number, count(*) from tb.panel_participation where draw_id = ? group by case_number",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, drawId);
        return counts;
    }

    List<OpenBallot> openBallots(long drawId) {
        return jdbc.query("""
                select case_number, decision, score_performance, score_skill, score_interview from tb.panel_ballot
                where draw_id = ?""", (rs, i) -> new OpenBallot(rs.getString("case_number"), ballot(rs)), drawId);
    }

    void emptyOpenBox(long drawId) {
        jdbc.update("delete from tb.panel_ballot where draw_id = ?", drawId);
    }

    /** Stores the counted ballots in the order given (the caller shuffles), each with a fresh random id. */
    void insertCounted(long drawId, List<OpenBallot> ballots) {
        List<Object[]> rows = new ArrayList<>();
        for (OpenBallot o : ballots) {
            VoteTally.Ballot b = o.ballot();
            rows.add(new Object[] {UUID.randomUUID(), drawId, o.caseNumber(), b.decision().name(), b.performance(), b.skill(),
                    b.interview()});
        }
        jdbc.batchUpdate("""
                insert into tb.panel_counted_ballot (id, draw_id, case_number, decision, score_performance, score_skill,
                                                     score_interview)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    void insertTally(long drawId, List<CaseTally> tallies) {
        jdbc.batchUpdate("""
                insert into tb.panel_tally (draw_id, case_number, panel_size, present, agree, disagree, abstain, quorum_met,
                                            passed, avg_performance, avg_skill, avg_interview)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tallies.stream().map(t -> new Object[] {drawId, t.caseNumber(),
                t.panelSize(), t.present(), t.agree(), t.disagree(), t.abstain(), t.quorumMet(), t.passed(),
                t.averagePerformance(), t.averageSkill(), t.averageInterview()}).toList());
    }

    /** Closes the vote and destroys its pepper, in one statement. */
    void close(long drawId, String by) {
        jdbc.update("update tb.panel_vote set closed_by = ?, closed_at = now(), pepper = null where draw_id = ?", by, drawId);
    }

    /** The stored tally, in the order of the given case numbers. */
    List<CaseTally> tally(long drawId, List<String> caseOrder) {
        Map<String, CaseTally> byCase = new HashMap<>();
        jdbc.query("""
                select case_number, panel_size, present, agree, disagree, abstain, quorum_met, passed, avg_performance,
                       avg_skill, avg_interview from tb.panel_tally where draw_id = ?""", rs -> {
            CaseTally t = tallyRow(rs);
            byCase.put(t.caseNumber(), t);
        }, drawId);
        return caseOrder.stream().map(byCase::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The stored tally of one case. */
    Optional<CaseTally> tallyOf(long drawId, String caseNumber) {
        return jdbc.query("""
                select case_number, panel_size, present, agree, disagree, abstain, quorum_met, passed, avg_performance,
                       avg_skill, avg_interview from tb.panel_tally where draw_id = ? and case_number = ?""",
                (rs, i) -> tallyRow(rs), drawId, caseNumber).stream().findFirst();
    }

    private static CaseTally tallyRow(ResultSet rs) throws SQLException {
        return new CaseTally(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getBoolean(7), rs.getBoolean(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11));
    }

    private static VoteTally.Ballot ballot(ResultSet rs) throws SQLException {
        return new VoteTally.Ballot(VoteDecision.valueOf(rs.getString("decision")), rs.getInt("score_performance"),
                rs.getInt("score_skill"), rs.getInt("score_interview"));
    }

    private static VoteRow vote(ResultSet rs, int row) throws SQLException {
        return new VoteRow(rs.getLong("draw_id"), rs.getInt("panel_size"),
                new VoteShare(rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator")),
                new VoteShare(rs.getInt("pass_numerator"), rs.getInt("pass_denominator")), rs.getBytes("pepper"),
                rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class), rs.getString("closed_by"),
                rs.getObject("closed_at", OffsetDateTime.class));
    }
}
