package org.talentbridge.equivalence;

import java.util.EnumSet;
import java.util.Set;

/**
 * The qualification exams a confirmation may be asked for. Whether a technical-school class counts for an exam is
 * decided by the Q decision table ({@code processes/exam-equivalence.dmn}), never here: the first eight are the exams
 * the policy lists (经济、会计、统计、审计、翻译、出版、通信、计算机技术); the others are common exams it does not
 * list, so that an exam office can ask and get the table's "not listed" answer with its reason.
 */
public enum ExamField {
    ECONOMICS,
    ACCOUNTING,
    STATISTICS,
    AUDIT,
    TRANSLATION,
    PUBLISHING,
    TELECOM,
    COMPUTER_TECHNOLOGY,
    CERTIFIED_PUBLIC_ACCOUNTANT,
    CONSTRUCTOR,
    SAFETY_ENGINEER,
    HEALTH,
    LEGAL_PROFESSION;

    /** The exams named in rule Q (the labels of the decision table's rows share their keys). */
    private static final Set<ExamField> POLICY_LISTED = EnumSet.range(ECONOMICS, COMPUTER_TECHNOLOGY);

    /** The i18n key of the exam's name. */
    public String messageKey() {
        return POLICY_LISTED.contains(this) ? "exam." + name() : "equivalence.exam." + name();
    }
}
