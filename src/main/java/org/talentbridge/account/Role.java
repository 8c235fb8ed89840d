package org.talentbridge.account;

/**
 * The roles of PRODUCT.md. Each role is also a Camunda group of the same id, so that BPMN candidate
 * groups name roles ({@code camunda:candidateGroups="REVIEWER"}).
 */
public enum Role {
    APPLICANT,
    REVIEWER,
    COMMITTEE_MEMBER,
    COMMITTEE_SECRETARY,
    INTEGRITY_OFFICER,
    ADMIN,
    /** Tied to one employer: confirms work history, assessments and posts of that employer's staff (rule E). */
    EMPLOYER_REVIEWER,
    /** 考试机构: requests and looks up exam-registration equivalence confirmations (pathway Q). */
    EXAM_OFFICE,
    /** Tied to one evaluation organisation (pathway S): records the skill assessment of the cases routed to it. */
    EVALUATOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The i18n key of the role's display name. */
    public String messageKey() {
        return "role." + name();
    }
}
