package org.talentbridge.skilleval;

import java.util.Date;

/** An open evaluation of the evaluator's organisation, with its case. */
public record EvaluationRow(String taskId, Date created, String assignee, SkillCaseSummary summary, boolean theoryExempt,
                            String relatedMajor) {
}
