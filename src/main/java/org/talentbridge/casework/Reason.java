package org.talentbridge.casework;

import org.talentbridge.shared.validation.RequiredText;
import org.talentbridge.shared.validation.InvalidInputException;

/** The reason given with a decision: required where the decision needs one, at most {@link #MAX} characters. */
final class Reason {

    /** Also the screens' limit; the engine keeps text variables up to 4,000 characters. */
    static final int MAX = 1000;

    private Reason() {
    }

    /** The stripped reason; refused on the field {@code reason} when blank or too long. */
    static String required(String reason) {
        return RequiredText.of(reason, "reason", MAX);
    }

    /** The stripped reason or null; refused on the field {@code reason} when too long. */
    static String optional(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String stripped = reason.strip();
        if (stripped.length() > MAX) {
            throw InvalidInputException.of("reason", "validation.tooLong");
        }
        return stripped;
    }
}
