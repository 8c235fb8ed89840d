package org.talentbridge.shared.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A chosen set of cases that must all exist (the policy office's re-screening of title and skill cases): each distinct
 * number looked up once, stripped, in the order given; one unknown number, or none at all, and the whole set is refused
 * on its field, naming the unknown ones, before anything is written.
 */
public final class KnownCases {

    private KnownCases() {
    }

    /**
     * What {@code find} gives for each number, in order; refused on {@code field} with {@code messageKey} (its argument:
     * the unknown numbers, comma-separated) when a number finds nothing or there is no number.
     */
    public static <T> List<T> all(Collection<String> caseNumbers, Function<String, Optional<T>> find, String field,
                                  String messageKey) {
        List<T> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String number : new LinkedHashSet<>(caseNumbers)) {
            find.apply(number.strip()).ifPresentOrElse(found::add, () -> unknown.add(number));
        }
        if (!unknown.isEmpty() || found.isEmpty()) {
            throw InvalidInputException.of(field, messageKey, String.join(", ", unknown));
        }
        return found;
    }
}
