package org.talentbridge.committee;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.committee.DrawRepository.DrawRow;
import org.talentbridge.committee.VoteRepository.OpenBallot;
import org.talentbridge.committee.VoteRepository.VoteRow;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The secret vote of a confirmed panel (issue 5, item 3; docs/decisions/0003-secret-ballot.md). The secretary opens
 * it (with the default quorum and pass shares or others for this panel) and closes it; each member seated on the
 * panel scores and votes on every case and may change their ballot until closing. Nobody — member, secretary or
 * administrator — is offered who voted how: the secretary sees how many have voted, then the stored tally.
 */
@Service
public class PanelVoteService {

    private static final String MEMBER = "hasRole('COMMITTEE_MEMBER')";
    private static final String MANAGE = "hasRole('COMMITTEE_SECRETARY')";
    private static final String READ = "hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')";
    private static final int MIN_SCORE = 0;
    private static final int MAX_SCORE = 100;

    private final VoteRepository votes;
    private final DrawRepository draws;
    private final ExpertRepository experts;
    private final RoundService rounds;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CommitteeProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final PanelMoveOn moveOn;

    PanelVoteService(VoteRepository votes, DrawRepository draws, ExpertRepository experts, RoundService rounds,
                     CurrentUser currentUser, AuditLog audit, CommitteeProperties properties, PanelMoveOn moveOn) {
        this.moveOn = moveOn;
        this.votes = votes;
        this.draws = draws;
        this.experts = experts;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
    }

    // ---- members -------------------------------------------------------------------------------------------------

    /** The confirmed panels the signed-in member sits on now (after replacements), newest first. */
    @PreAuthorize(MEMBER)
    @Transactional(readOnly = true)
    public List<MyPanelView> myPanels() {
        AccountView me = currentUser.require();
        Set<Long> mine = myExpertIds(me);
        List<MyPanelView> panels = new ArrayList<>();
        for (long drawId : votes.drawsWithExperts(mine)) {
            DrawRow draw = draws.find(drawId).orElseThrow();
            if (seated(draw).stream().anyMatch(mine::contains)) {
                panels.add(panel(draw, votes.find(drawId).orElse(null), me));
            }
        }
        return panels;
    }

    /** One panel's ballot sheet: every case with the member's own ballot (while the vote is open). 403 off the panel. */
    @PreAuthorize(MEMBER)
    @Transactional(readOnly = true)
    public BallotSheet sheet(long drawId) {
        AccountView me = currentUser.require();
        DrawRow draw = seatedDraw(drawId, me);
        VoteRow vote = votes.find(drawId).orElse(null);
        Set<String> voted = new HashSet<>(votes.casesVotedBy(drawId, me.id()));
        List<MyBallot> ballots = new ArrayList<>();
        boolean open = vote != null && vote.pepper() != null;
        // the member's own ballots of the whole sheet in one query (hundreds of cases: not one query each)
        List<byte[]> locators = open ? draw.caseNumbers().stream().map(c -> locator(vote.pepper(), drawId, me.id(), c)).toList()
                : List.of();
        Map<String, VoteTally.Ballot> mine = votes.ballotsByLocators(locators);
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < draw.caseNumbers().size(); i++) {
            String caseNumber = draw.caseNumbers().get(i);
            Optional<VoteTally.Ballot> own = open ? Optional.ofNullable(mine.get(hex.formatHex(locators.get(i)))) : Optional.empty();
            ballots.add(new MyBallot(caseNumber, voted.contains(caseNumber), own.map(VoteTally.Ballot::decision).orElse(null),
                    own.map(VoteTally.Ballot::performance).orElse(null), own.map(VoteTally.Ballot::skill).orElse(null),
                    own.map(VoteTally.Ballot::interview).orElse(null)));
        }
        return new BallotSheet(panel(draw, vote, me), ballots);
    }

    /**
     * Casts (or replaces) the member's ballots on cases of their panel: all or nothing, every bad field reported as
     * {@code ballots[i].field}. Refused on {@code drawId} when the vote is not open or already closed; 403 off the panel.
     * The audit trail says who voted on which cases, never how.
     */
    @PreAuthorize(MEMBER)
    @Transactional
    public BallotSheet cast(long drawId, List<BallotRequest> ballots) {
        AccountView me = currentUser.require();
        DrawRow draw = seatedDraw(drawId, me);
        VoteRow vote = votes.findForUpdate(drawId)
                .orElseThrow(() -> InvalidInputException.of("drawId", "validation.voteNotOpen"));
        if (vote.closedAt() != null) {
            throw InvalidInputException.of("drawId", "validation.voteClosed");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (ballots == null || ballots.isEmpty()) {
            throw InvalidInputException.of("ballots", "validation.required");
        }
        Set<String> seen = new HashSet<>();
        Set<String> onPanel = new HashSet<>(draw.caseNumbers());
        for (int i = 0; i < ballots.size(); i++) {
            BallotRequest b = ballots.get(i);
            String at = "ballots[" + i + "].";
            if (b.caseNumber() == null || !onPanel.contains(b.caseNumber()) || !seen.add(b.caseNumber())) {
                problems.add(new FieldProblem(at + "caseNumber", "validation.voteCaseNotOnPanel"));
            }
            if (b.decision() == null) {
                problems.add(new FieldProblem(at + "decision", "validation.required"));
            }
            score(problems, at + "performance", b.performance());
            score(problems, at + "skill", b.skill());
            score(problems, at + "interview", b.interview());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> cases = ballots.stream().map(BallotRequest::caseNumber).toList();
        // batched: a member's sheet of hundreds of cases is two statements' batches, not two statements per case
        votes.putBallots(drawId, ballots.stream().map(b -> new VoteRepository.NewBallot(b.caseNumber(),
                locator(vote.pepper(), drawId, me.id(), b.caseNumber()),
                new VoteTally.Ballot(b.decision(), b.performance(), b.skill(), b.interview()))).toList());
        votes.participate(drawId, me.id(), cases);
        audit.record("committee.voted", "draw:" + drawId, "cases=" + cases);
        return sheet(drawId);
    }

    // ---- the secretary -------------------------------------------------------------------------------------------

    /** Opens the vote of a confirmed panel; null shares take {@code app.committee.vote-quorum} and {@code vote-pass}. */
    @PreAuthorize(MANAGE)
    @Transactional
    public VoteStatusView open(long drawId, VoteShare quorum, VoteShare pass) {
        DrawRow draw = draws.findForUpdate(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound"));
        if (draw.confirmedAt() == null) {
            throw InvalidInputException.of("drawId", "validation.voteDrawNotConfirmed");
        }
        if (votes.find(drawId).isPresent()) {
            throw InvalidInputException.of("drawId", "validation.voteAlreadyOpened");
        }
        // this panel's shares, else its round's, else the application's defaults
        Optional<RoundView> round = rounds.find(draw.roundId());
        VoteShare q = quorum != null ? quorum : round.map(RoundView::voteQuorum).filter(v -> v != null)
                .map(VoteShare::valueOf).orElse(properties.voteQuorum());
        VoteShare p = pass != null ? pass : round.map(RoundView::votePass).filter(v -> v != null)
                .map(VoteShare::valueOf).orElse(properties.votePass());
        byte[] pepper = new byte[32];
        random.nextBytes(pepper);
        votes.open(drawId, draw.panelSize(), q, p, pepper, AuditLog.currentActor());
        audit.record("committee.voteOpened", "draw:" + drawId, "quorum=" + q + " pass=" + p);
        return status(drawId);
    }

    /**
     * Closes the vote: counts the open ballots into the stored tally, moves them to the counted ballots in random order
     * with fresh ids, destroys the pepper (so no ballot can be found from a member any more) — all in one short
     * transaction, which also starts moving the cases on in the background ({@link VoteStatusView#moveOn()}).
     */
    @PreAuthorize(MANAGE)
    @Transactional
    public VoteStatusView close(long drawId) {
        DrawRow draw = draws.find(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound"));
        VoteRow vote = votes.findForUpdate(drawId)
                .orElseThrow(() -> InvalidInputException.of("drawId", "validation.voteNotOpen"));
        if (vote.closedAt() != null) {
            throw InvalidInputException.of("drawId", "validation.voteClosed");
        }
        List<OpenBallot> ballots = new ArrayList<>(votes.openBallots(drawId));
        Map<String, List<VoteTally.Ballot>> byCase = new HashMap<>();
        ballots.forEach(b -> byCase.computeIfAbsent(b.caseNumber(), c -> new ArrayList<>()).add(b.ballot()));
        List<CaseTally> tally = draw.caseNumbers().stream().map(c -> VoteTally.count(c, vote.panelSize(), vote.quorum(),
                vote.pass(), byCase.getOrDefault(c, List.of()))).toList();
        votes.emptyOpenBox(drawId);
        Collections.shuffle(ballots, random);
        votes.insertCounted(drawId, ballots);
        votes.insertTally(drawId, tally);
        votes.close(drawId, AuditLog.currentActor());
        audit.record("committee.voteClosed", "draw:" + drawId, "passed=" + tally.stream().filter(CaseTally::passed)
                .map(CaseTally::caseNumber).toList() + " ballots=" + ballots.size());
        // each case's process goes on in the background, one engine job per case (PanelMoveOn): passed ones to the
        // integrity checks, the others end with their tally
        moveOn.start(draw, AuditLog.currentActor());
        return status(drawId);
    }

    /** The vote of a panel: how many have voted on each case, and after closing the tally. Never who voted how. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public VoteStatusView status(long drawId) {
        DrawRow draw = draws.find(drawId).orElseThrow(() -> InvalidInputException.of("drawId", "validation.notFound"));
        return status(draw, votes.find(drawId).orElse(null));
    }

    /** The confirmed panels, newest first, with their votes. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<VoteStatusView> statuses(int limit) {
        return draws.recent(null, Math.max(1, Math.min(limit, 200))).stream().filter(d -> d.confirmedAt() != null)
                .map(d -> status(d, votes.find(d.id()).orElse(null))).toList();
    }

    // ---- internals -----------------------------------------------------------------------------------------------

    private VoteStatusView status(DrawRow draw, VoteRow vote) {
        Map<String, Integer> voted = votes.votedByCase(draw.id());
        VoteState state = vote == null ? VoteState.NOT_OPEN : vote.state();
        return new VoteStatusView(draw.id(), roundName(draw), draw.series(), draw.targetLevel(), draw.groupKind(),
                draw.panelSize(), state, vote == null ? properties.voteQuorum() : vote.quorum(),
                vote == null ? properties.votePass() : vote.pass(),
                draw.caseNumbers().stream().map(c -> new VoteStatusView.CaseCount(c, voted.getOrDefault(c, 0))).toList(),
                vote == null ? null : vote.openedBy(), vote == null ? null : vote.openedAt(),
                vote == null ? null : vote.closedBy(), vote == null ? null : vote.closedAt(),
                state == VoteState.CLOSED ? votes.tally(draw.id(), draw.caseNumbers()) : List.of(),
                state == VoteState.CLOSED ? moveOn.progress(draw.id(), draw.caseNumbers().size()) : null);
    }

    private MyPanelView panel(DrawRow draw, VoteRow vote, AccountView me) {
        return new MyPanelView(draw.id(), roundName(draw), draw.series(), draw.targetLevel(), draw.groupKind(), draw.panelSize(),
                vote == null ? VoteState.NOT_OPEN : vote.state(), draw.caseNumbers().size(),
                votes.casesVotedBy(draw.id(), me.id()).size());
    }

    private String roundName(DrawRow draw) {
        return rounds.find(draw.roundId()).map(RoundView::name).orElse("");
    }

    /** The confirmed draw, if the member sits on its panel now; AccessDeniedException otherwise. */
    private DrawRow seatedDraw(long drawId, AccountView me) {
        DrawRow draw = draws.find(drawId).orElseThrow(() -> new AccessDeniedException("not your panel"));
        Set<Long> mine = myExpertIds(me);
        if (draw.confirmedAt() == null || seated(draw).stream().noneMatch(mine::contains)) {
            throw new AccessDeniedException("not your panel");
        }
        return draw;
    }

    private Set<Long> myExpertIds(AccountView me) {
        Set<Long> ids = new HashSet<>();
        experts.findByAccountId(me.id()).forEach(e -> ids.add(e.getId()));
        return ids;
    }

    private List<Long> seated(DrawRow draw) {
        return CommitteeService.seats(draw, draws.members(draw.id()), draws.replacements(draw.id()));
    }

    private static void score(List<FieldProblem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (value < MIN_SCORE || value > MAX_SCORE) {
            problems.add(new FieldProblem(field, "validation.voteScore", MIN_SCORE, MAX_SCORE));
        }
    }

    /** HMAC-SHA256 of draw, account and case under the vote's pepper: finds the member's ballot only while it exists. */
    static byte[] locator(byte[] pepper, long drawId, long accountId, String caseNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return mac.doFinal((drawId + ":" + accountId + ":" + caseNumber).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
