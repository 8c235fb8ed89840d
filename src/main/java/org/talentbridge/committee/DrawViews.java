package org.talentbridge.committee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.talentbridge.committee.DrawRepository.DrawRow;
import org.talentbridge.committee.DrawRepository.ReplacementRow;
import org.talentbridge.employer.EmployerNames;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;

/** A draw as the screens see it: every drawn member with their state, the panel after replacements, the replacements. */
@Component
class DrawViews {

    private final DrawRepository draws;
    private final ExpertRepository experts;
    private final ExpertViews expertViews;
    private final RoundService rounds;
    private final EmployerNames employers;

    DrawViews(DrawRepository draws, ExpertRepository experts, ExpertViews expertViews, RoundService rounds,
              EmployerNames employers) {
        this.employers = employers;
        this.draws = draws;
        this.experts = experts;
        this.expertViews = expertViews;
        this.rounds = rounds;
    }

    DrawView of(DrawRow draw) {
        List<Long> drawn = draws.members(draw.id());
        List<ReplacementRow> replacements = draws.replacements(draw.id());
        Set<Long> ids = new LinkedHashSet<>(drawn);
        List<Expert> found = experts.findAllById(ids);
        // the employers of the members and of the applicants only (not the whole register), in one read
        Set<Long> employerIds = new java.util.HashSet<>(draw.applicantEmployerIds());
        found.forEach(e -> employerIds.add(e.getEmployerId()));
        Map<Long, String> employerNames = employers.of(employerIds);
        Map<Long, ExpertView> byId = expertViews.of(found, employerNames).stream()
                .collect(Collectors.toMap(ExpertView::id, Function.identity()));
        Set<Long> replaced = replacements.stream().map(ReplacementRow::replacedExpertId).collect(Collectors.toSet());
        Set<Long> calledIn = replacements.stream().map(ReplacementRow::replacingExpertId).collect(Collectors.toSet());
        Set<Long> passedOver = replacements.stream().flatMap(r -> r.passedOver().stream()).collect(Collectors.toSet());
        List<DrawnMember> members = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            long id = drawn.get(i);
            MemberState state = i < draw.panelSize() ? (replaced.contains(id) ? MemberState.REPLACED : MemberState.SEATED)
                    : calledIn.contains(id) ? (replaced.contains(id) ? MemberState.REPLACED : MemberState.CALLED_IN)
                    : passedOver.contains(id) ? MemberState.PASSED_OVER : MemberState.ALTERNATE;
            members.add(member(i + 1, id, byId.get(id), state));
        }
        Map<Long, DrawnMember> memberById = members.stream().collect(Collectors.toMap(DrawnMember::expertId, Function.identity()));
        List<DrawnMember> panel = CommitteeService.seats(draw, drawn, replacements).stream().map(memberById::get).toList();
        RoundView round = rounds.find(draw.roundId()).orElse(null);
        return new DrawView(draw.id(), draw.roundId(), round == null ? "" : round.name(), draw.series(), draw.targetLevel(),
                draw.groupKind(), draw.panelSize(), draw.seed(), draw.caseNumbers(),
                draw.applicantEmployerIds().stream().map(id -> employerNames.getOrDefault(id, "#" + id)).toList(),
                draw.drawnBy(), draw.drawnAt(), draw.confirmedBy(), draw.confirmedAt(), panel, members,
                replacements.stream().map(r -> new ReplacementView(name(byId.get(r.replacedExpertId())),
                        name(byId.get(r.replacingExpertId())), names(r.passedOver(), byId), r.reason(), r.replacedBy(),
                        r.replacedAt())).toList());
    }

    private static DrawnMember member(int position, long id, ExpertView e, MemberState state) {
        return new DrawnMember(position, id, e == null ? "" : e.username(), name(e), e == null ? null : e.employerName(),
                e == null ? null : e.maxLevel(), e != null && e.highSkilled(), state);
    }

    private static String name(ExpertView e) {
        return e == null ? "" : e.displayName();
    }

    private static List<String> names(Collection<Long> ids, Map<Long, ExpertView> byId) {
        return ids.stream().map(id -> name(byId.get(id))).toList();
    }
}
