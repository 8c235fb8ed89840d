package org.talentbridge.skilleval;

import java.util.Date;

/**
 * An open task of the evaluator's organisation, with its case: an evaluation (S3), or the admission review of a direct
 * application (S5) when {@code admissionReview}.
 */
public record EvaluationRow(String taskId, Date created, String assignee, SkillCaseSummary summary, boolean theoryExempt,
                            String relatedMajor, boolean admissionReview) {
}
