package org.talentbridge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Shows the problems of an {@link InvalidInputException} beside their fields (in the user's language).
 * A problem for a field the form does not show appears in a notification, so nothing is silently lost.
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
        StringBuilder unplaced = new StringBuilder();
        for (FieldProblem p : e.getProblems()) {
            String message = owner.getTranslation(p.messageKey(), p.argumentArray());
            HasValidation field = fields.get(p.field());
            if (field == null) {
                unplaced.append(owner.getTranslation("field." + p.field())).append(": ").append(message).append('\n');
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!unplaced.isEmpty()) {
            Notification.show(unplaced.toString().trim(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
