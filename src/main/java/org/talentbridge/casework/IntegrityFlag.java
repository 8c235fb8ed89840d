package org.talentbridge.casework;

import java.util.List;

/**
 * One finding of the automatic integrity checks on a title case (PRODUCT.md rule I; issue 5 item 4): which check
 * raised it, and a message key with the evidence as arguments (certificate numbers, dates as ISO-8601, other cases,
 * other people by masked ID number only). A flag is a question for the integrity officer, not a decision.
 *
 * @param caseNumber the case the checks ran on
 * @param check      which check raised it (I.1 … I.5)
 * @param messageKey the text in the i18n bundles ({@code integrityCheck.…})
 * @param arguments  the evidence, already formatted as text, in the order the message uses them
 */
public record IntegrityFlag(String caseNumber, Check check, String messageKey, List<String> arguments) {

    /** The rule of PRODUCT.md every check serves. */
    public static final String RULE = "I";

    public IntegrityFlag {
        arguments = List.copyOf(arguments);
    }

    public String rule() {
        return RULE;
    }

    /** The automatic checks, numbered under rule I. */
    public enum Check {
        /** I.1 the applicant's ID number has an entry in the integrity file in force today. */
        ACTIVE_INTEGRITY_ENTRY("I.1"),
        /** I.2 a certificate number of the case is also held by another person (a case of theirs or their profile). */
        CERTIFICATE_NUMBER_USED_BY_SOMEONE_ELSE("I.2"),
        /** I.3 a certificate obtained before the holder's 16th birthday (birth date from the ID number). */
        CERTIFICATE_BEFORE_SIXTEENTH_BIRTHDAY("I.3"),
        /** I.4 another case of the same person is active while this one is. */
        OVERLAPPING_ACTIVE_CASE("I.4"),
        /** I.5 a work period of the frozen evidence ends before it starts. */
        WORK_PERIOD_ENDS_BEFORE_START("I.5"),
        /** I.6 a document of the case has the same content (SHA-256) as one in another person's case or profile. */
        SAME_DOCUMENT_AS_ANOTHER_PERSON("I.6");

        private final String id;

        Check(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The short name in the bundles, e.g. {@code integrityCheck.name.I.2}. */
        public String nameKey() {
            return "integrityCheck.name." + id;
        }
    }
}
