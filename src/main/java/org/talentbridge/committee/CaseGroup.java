package org.talentbridge.committee;

import java.util.List;
import java.util.Set;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Cases a panel reviews together (issue 5, item 2): the same series, target level and route. All pathway T applicants
 * are high-skilled talent, reviewed apart from ordinary professional applicants (单独分组、单独评审).
 *
 * @param route               STANDARD or GREEN_CHANNEL, as screening opened it
 * @param applicantEmployerIds the applicants' employers: nobody from them sits on the panel
 */
public record CaseGroup(String series, TitleLevel targetLevel, String route, boolean highSkilled, List<String> caseNumbers,
                        Set<Long> applicantEmployerIds) {
}
