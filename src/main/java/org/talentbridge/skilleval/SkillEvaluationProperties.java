package org.talentbridge.skilleval;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param passMark         the lowest score (of 100) that passes the operational assessment and the theory exam
 * @param maxEvidenceItems the most evidence items a direct application (S5) may attach
 */
@ConfigurationProperties("app.skill-evaluation")
public record SkillEvaluationProperties(@DefaultValue("60") int passMark, @DefaultValue("20") int maxEvidenceItems) {
}
