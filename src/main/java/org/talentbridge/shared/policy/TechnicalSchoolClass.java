package org.talentbridge.shared.policy;

/** 技工院校 classes that pathway Q counts as an education level (中级工班, 高级工班, 预备技师（技师）班). */
public enum TechnicalSchoolClass {
    INTERMEDIATE_WORKER_CLASS,
    SENIOR_WORKER_CLASS,
    PRE_TECHNICIAN_CLASS;

    public String messageKey() {
        return "schoolClass." + name();
    }
}
