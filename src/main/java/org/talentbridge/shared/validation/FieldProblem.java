package org.talentbridge.shared.validation;

import java.util.Arrays;
import java.util.List;

/**
 * One refused input: the field (a property path such as {@code idNumber} or {@code workPeriods[1].to})
 * and an i18n message key with its arguments, resolved in the reader's language when shown.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldProblem(String field, String messageKey, Object... arguments) {
        this(field, messageKey, Arrays.asList(arguments));
    }

    /** The arguments for a MessageFormat pattern. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
