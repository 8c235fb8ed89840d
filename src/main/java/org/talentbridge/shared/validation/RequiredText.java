package org.talentbridge.shared.validation;

import java.util.List;

/**
 * A required free text (a reason, a note, a statement): stripped, not blank ({@code validation.required}) and at most
 * {@code max} characters ({@code validation.tooLong}), each refused on its field. The one check every decision with a
 * reason uses.
 */
public final class RequiredText {

    private RequiredText() {
    }

    /** The stripped text; refused on {@code field} when blank or longer than {@code max}. */
    public static String of(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(field, "validation.required");
        }
        if (text.length() > max) {
            throw InvalidInputException.of(field, "validation.tooLong");
        }
        return text;
    }

    /** The stripped text, adding the field's problem to {@code problems} instead of throwing (forms with several fields). */
    public static String check(String value, String field, int max, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "validation.tooLong"));
        }
        return text;
    }
}
