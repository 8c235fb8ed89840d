package org.talentbridge.skilleval;

/**
 * The evaluator's assessment (S3): the operational skill assessment always, the theory exam unless the case is
 * exempt (then {@code theoryScore} stays empty). Scores 0-100; pass at {@code app.skill-evaluation.pass-mark}.
 *
 * @param exemptionRefused the evaluator does not accept the declared related major (S3 needs a related major): the
 *                         theory exam is then required after all
 */
public record Assessment(Integer operationalScore, Integer theoryScore, boolean exemptionRefused) {

    public Assessment(Integer operationalScore, Integer theoryScore) {
        this(operationalScore, theoryScore, false);
    }
}
