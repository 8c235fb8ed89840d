package org.talentbridge.eligibility;

import java.util.List;
import java.util.Optional;

/**
 * Where the rules versions live (the {@code rules} feature owns them). Screening depends on this port, so that the
 * rules feature, which screens drafts against the policy cases, can depend on screening without a cycle.
 */
public interface RuleSetSource {

    /** Every version that has been activated (in force now, scheduled or superseded). */
    List<RuleSet> activated();

    /** A version by its name, drafts included (the caller decides who may use a draft). */
    Optional<RuleSet> named(String name);

    /** The version a round is pinned to, if any. */
    Optional<String> pinnedVersion(long roundId);
}
