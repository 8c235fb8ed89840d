package org.talentbridge.eligibility;

import java.util.Arrays;
import java.util.List;

/**
 * One line of a screening checklist: the rule (an id of PRODUCT.md: T1, T2.2, S4, …), whether it is met,
 * and an i18n message with its evidence as arguments. An argument that starts with {@code @} is itself a
 * message key (a level, an award), so the same stored checklist reads in Chinese and in English.
 */
public record Check(String rule, Outcome outcome, String messageKey, List<String> arguments) {

    public enum Outcome {
        MET,
        NOT_MET,
        /** Not decided by the rules: the committee secretary decides the series (T0). */
        PENDING,
        /**
         * Evidence that opens no level (pathway S: a title of another series, a level of another occupation or not yet a
         * year old). Not a condition: the result never fails on it (a failed result has a NOT_MET line saying why).
         */
        NOT_COUNTED
    }

    public Check {
        arguments = List.copyOf(arguments);
    }

    static Check met(String rule, String key, Object... args) {
        return new Check(rule, Outcome.MET, key, strings(args));
    }

    static Check notMet(String rule, String key, Object... args) {
        return new Check(rule, Outcome.NOT_MET, key, strings(args));
    }

    static Check notCounted(String rule, String key, Object... args) {
        return new Check(rule, Outcome.NOT_COUNTED, key, strings(args));
    }

    static Check pending(String rule, String key, Object... args) {
        return new Check(rule, Outcome.PENDING, key, strings(args));
    }

    /** A level or other enum value as an argument that is translated when shown. */
    static String label(String messageKey) {
        return "@" + messageKey;
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
