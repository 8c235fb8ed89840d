package org.talentbridge.committee;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A panel to draw for a group of cases: the round, the series and target level they share, whether they are
 * high-skilled applicants (a separate group), the applicants' employers (nobody from them may sit) and the case
 * numbers. Grouping the real cases comes later; the secretary states the facts here.
 *
 * @param panelSize the seats (odd); null: {@code app.committee.panel-size}
 */
public record DrawRequest(@NotNull(message = "{validation.required}") Long roundId,
                          @NotNull(message = "{validation.required}") String series,
                          @NotNull(message = "{validation.required}") TitleLevel targetLevel,
                          boolean highSkilled,
                          @NotEmpty(message = "{validation.required}") List<String> caseNumbers,
                          @NotNull(message = "{validation.required}") Set<Long> applicantEmployerIds,
                          Integer panelSize) {
}
