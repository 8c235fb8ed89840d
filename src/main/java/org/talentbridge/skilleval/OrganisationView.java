package org.talentbridge.skilleval;

import java.util.List;

/** An evaluation organisation (rule S4) as screens and routing read it. */
public record OrganisationView(Long id, String name, OrganisationKind kind, Long employerId, String employerName,
                               List<String> occupations) {

    /** The engine group whose members evaluate this organisation's cases (as employer-&lt;id&gt; for employers). */
    public static String groupOf(long organisationId) {
        return "evalorg-" + organisationId;
    }

    public boolean covers(String occupation) {
        return occupation != null && occupations.contains(occupation.strip());
    }
}
