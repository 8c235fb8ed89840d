package org.talentbridge.skilleval;

/** Where a skill evaluation case stands. */
public enum SkillCaseStatus {
    /** Submitted; screening runs in the same transaction, so no one sees a case stay here. */
    SCREENING,
    /** A direct application (S5) waits for its organisation's admission review (直接申报受理审查). */
    ADMISSION_REVIEW,
    /** Routed to its organisation; waits for the assessment. */
    EVALUATION,
    /** The assessment passed: the skill level is granted and recorded. */
    PASSED,
    NOT_PASSED,
    INELIGIBLE,
    /** The organisation refused the direct application (S5), with a reason the applicant reads. */
    ADMISSION_REFUSED,
    /** Stopped by an integrity finding (issue 6). */
    STOPPED,
    /** An administrator deleted the case's process instance (Cockpit or the engine REST API); the applicant may apply again. */
    CANCELLED,
    /** Withdrawn by the applicant before the assessment, with a reason. */
    WITHDRAWN;

    /** A running case: the applicant cannot start another one for the same level (partial unique index, V20). */
    public boolean isActive() {
        return this == SCREENING || this == ADMISSION_REVIEW || this == EVALUATION;
    }

    /**
     * The applicant may withdraw the case (unless already assessed): while it waits for its assessment or, a direct
     * application (S5), for its admission review before it.
     */
    public boolean isWithdrawable() {
        return this == ADMISSION_REVIEW || this == EVALUATION;
    }

    /** The running statuses as an SQL list, {@code ('SCREENING', 'ADMISSION_REVIEW', 'EVALUATION')}: the same set as {@link #isActive()}. */
    static final String ACTIVE_SQL = java.util.Arrays.stream(values()).filter(SkillCaseStatus::isActive)
            .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    public String messageKey() {
        return "skilleval.status." + name();
    }
}
