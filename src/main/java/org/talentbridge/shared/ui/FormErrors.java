package org.talentbridge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Shows the problems of an {@link InvalidInputException} beside their fields (in the user's language).
 * A problem for a field the form does not show appears in a notification, so nothing is silently lost; a
 * notification carries the sentence only, never a message key or a field name (issue 12, item 4). Every screen
 * that puts such a problem into a notification goes through {@link #notify(Component, InvalidInputException)}.
 */
public class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException e) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem p : e.getProblems()) {
            String message = message(owner, p);
            HasValidation field = fields.get(p.field());
            if (field == null) {
                if (!unplaced.contains(message)) {
                    unplaced.add(message);
                }
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            notifyError(String.join("\n", unplaced));
        }
    }

    /**
     * Marks every bound date field whose typed text could not be read as a date (it would otherwise count as
     * empty) and says whether there was one: a form calls this before it sends anything (issue 12, item 8).
     */
    public boolean refuseUnreadableDates() {
        boolean any = false;
        for (HasValidation field : fields.values()) {
            if (field instanceof IsoDatePicker picker && picker.hasUnreadableInput()) {
                picker.markUnreadable();
                any = true;
            }
        }
        return any;
    }

    /** The sentence of one problem in the owner's language, with its arguments. */
    public static String message(Component owner, FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), problem.argumentArray());
    }

    /** The sentences of all problems (one a line), without field names or keys. */
    public static String message(Component owner, InvalidInputException e) {
        return e.getProblems().stream().map(p -> message(owner, p)).distinct().collect(Collectors.joining("\n"));
    }

    /** Shows the problems of {@code e} as one error notification, sentences only. */
    public static void notify(Component owner, InvalidInputException e) {
        notifyError(message(owner, e));
    }

    private static void notifyError(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
