package org.talentbridge.shared.policy;

/** 年度考核 results; rule T1 counts QUALIFIED and EXCELLENT. */
public enum AssessmentResult {
    EXCELLENT,
    QUALIFIED,
    BASICALLY_QUALIFIED,
    UNQUALIFIED;

    public String messageKey() {
        return "assessment." + name();
    }
}
