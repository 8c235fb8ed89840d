package org.talentbridge.shared.policy;

/**
 * The award codes of PRODUCT.md (rule T3, green channel). Which title level an award opens is a rule, kept in
 * the screening decision table, not here.
 */
public enum Award {
    WORLDSKILLS_EXCELLENCE,
    PROVINCIAL_TECHNICAL_EXPERT,
    PROVINCIAL_MASTER_STUDIO_LEADER,
    ZHEJIANG_CRAFTSMAN,
    PROVINCIAL_TOP_SKILL_TALENT,
    WORLDSKILLS_SILVER,
    WORLDSKILLS_BRONZE,
    NATIONAL_TECHNICAL_EXPERT,
    NATIONAL_MASTER_STUDIO_LEADER,
    QIANJIANG_SKILL_AWARD,
    ZHEJIANG_OUTSTANDING_CRAFTSMAN,
    PROVINCIAL_OUTSTANDING_SKILL_TALENT,
    WORLDSKILLS_GOLD,
    CHINA_SKILL_AWARD,
    STATE_COUNCIL_ALLOWANCE,
    NEW_ERA_ZHEJIANG_CRAFTSMAN,
    ZHEJIANG_GRAND_CRAFTSMAN;

    public String messageKey() {
        return "award." + name();
    }
}
