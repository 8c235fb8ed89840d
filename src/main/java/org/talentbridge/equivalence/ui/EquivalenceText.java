package org.talentbridge.equivalence.ui;

import com.vaadin.flow.component.Component;
import org.talentbridge.equivalence.EquivalenceConfirmation;

/** An answer in the reader's language: stored reasons carry i18n keys, arguments starting with {@code @} are keys too. */
final class EquivalenceText {

    private EquivalenceText() {
    }

    static String reason(Component owner, EquivalenceConfirmation c) {
        Object[] args = c.reasonArgs().stream()
                .map(a -> a.startsWith("@") ? owner.getTranslation(a.substring(1)) : a).toArray();
        return owner.getTranslation(c.reasonKey(), args);
    }

    static String outcome(Component owner, EquivalenceConfirmation c) {
        if (c.granted() && !c.certificateValid()) {
            return owner.getTranslation("equivalence.outcome.VOID");
        }
        return owner.getTranslation(c.granted() ? "equivalence.outcome.GRANTED" : "equivalence.outcome.REFUSED");
    }

    /** The line shown after a request: the confirmation issued, or why not. */
    static String answer(Component owner, EquivalenceConfirmation c) {
        String line = c.granted()
                ? owner.getTranslation("equivalence.granted", c.certificateNumber(), reason(owner, c))
                : owner.getTranslation("equivalence.refused", reason(owner, c));
        return c.repeated() ? owner.getTranslation("equivalence.repeated") + " " + line : line;
    }
}
