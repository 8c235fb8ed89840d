package org.talentbridge.skilleval;

import java.time.OffsetDateTime;
import java.util.List;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.DecisionTables.DecisionVersion;
import org.talentbridge.shared.policy.SkillLevel;

/** The screening of a case as stored with it: every check with its rule and evidence, and the rules that decided. */
public record SkillScreeningRecord(OffsetDateTime screenedAt, boolean eligible, SkillLevel highestLevel,
                                   List<Check> checks, List<DecisionVersion> decisions, String rulesVersion) {
}
