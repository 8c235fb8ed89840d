package org.talentbridge.committee;

import java.time.OffsetDateTime;
import java.util.List;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A draw as the secretary sees it.
 *
 * @param panel      the members seated now, seat by seat (the draw's, or the alternate called in for a replaced one)
 * @param drawn      the whole drawn order (seated then alternates) with where each stands now
 * @param replaced   the replacements, oldest first
 */
public record DrawView(long id, Long roundId, String roundName, String series, TitleLevel targetLevel, GroupKind groupKind,
                       int panelSize, long seed, List<String> caseNumbers, List<String> applicantEmployers,
                       String drawnBy, OffsetDateTime drawnAt, String confirmedBy, OffsetDateTime confirmedAt,
                       List<DrawnMember> panel, List<DrawnMember> drawn, List<ReplacementView> replaced) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public List<DrawnMember> alternates() {
        return drawn.subList(panelSize, drawn.size());
    }
}
