package org.talentbridge.casefile;

/** What the evaluation weighs (PRODUCT.md T5, 业绩): the kinds of achievement an applicant records. */
public enum AchievementKind {
    /** 技术和专利发明 */
    PATENT,
    /** 科研成果 */
    RESEARCH,
    /** 技能竞赛成绩 */
    COMPETITION,
    /** 技术革新 */
    INNOVATION,
    /** 解决生产难题 */
    PRODUCTION_PROBLEM,
    /** 产品质量 */
    PRODUCT_QUALITY,
    /** 传技带徒: apprentice names, the period and what they reached are required */
    APPRENTICES;

    public String messageKey() {
        return "achievementKind." + name();
    }
}
