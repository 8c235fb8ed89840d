package org.talentbridge.skilleval;

import java.time.OffsetDateTime;
import java.util.List;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.DecisionTables.DecisionVersion;
import org.talentbridge.shared.policy.SkillLevel;

/**
 * The screening of a case as stored with it: every check with its rule and evidence, the rules that decided, and the
 * route: {@code STANDARD} (S1/S2; null in cases screened before issue 15) or {@code DIRECT} (S5, 直接申报).
 */
public record SkillScreeningRecord(OffsetDateTime screenedAt, boolean eligible, SkillLevel highestLevel,
                                   List<Check> checks, List<DecisionVersion> decisions, String rulesVersion, String route) {

    public static final String STANDARD = "STANDARD";
    public static final String DIRECT = "DIRECT";

    public boolean direct() {
        return DIRECT.equals(route);
    }
}
