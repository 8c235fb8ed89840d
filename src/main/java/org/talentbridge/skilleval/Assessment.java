package org.talentbridge.skilleval;

/**
 * The evaluator's assessment (S3): the operational skill assessment always, the theory exam unless the case is
 * exempt (then {@code theoryScore} stays empty). Scores 0-100; pass at {@code app.skill-evaluation.pass-mark}.
 */
public record Assessment(Integer operationalScore, Integer theoryScore) {
}
