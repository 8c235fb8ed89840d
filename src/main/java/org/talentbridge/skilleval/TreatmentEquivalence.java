package org.talentbridge.skilleval;

import java.util.Optional;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Rule E: 高级工/技师/高级技师 are treated as 助理/中级/副高 and 特级技师 as 正高 for training, post appointment,
 * promotion, awards and research applications. The rule names no treatment for 首席技师.
 */
public final class TreatmentEquivalence {

    private TreatmentEquivalence() {
    }

    public static Optional<TitleLevel> of(SkillLevel level) {
        return Optional.ofNullable(switch (level) {
            case SENIOR_WORKER -> TitleLevel.ASSISTANT;
            case TECHNICIAN -> TitleLevel.INTERMEDIATE;
            case SENIOR_TECHNICIAN -> TitleLevel.ASSOCIATE_SENIOR;
            case SPECIAL_TECHNICIAN -> TitleLevel.SENIOR;
            case CHIEF_TECHNICIAN -> null;
        });
    }
}
