package org.talentbridge.shared.policy;

/** 职业技能等级, low to high (PRODUCT.md "Levels"). */
public enum SkillLevel {
    SENIOR_WORKER,
    TECHNICIAN,
    SENIOR_TECHNICIAN,
    SPECIAL_TECHNICIAN,
    CHIEF_TECHNICIAN;

    public String messageKey() {
        return "skillLevel." + name();
    }
}
