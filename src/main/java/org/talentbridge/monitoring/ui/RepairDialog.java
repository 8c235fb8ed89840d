package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * A repair asks for its reason (and perhaps a value) before it runs; refused input is shown beside its field and the
 * dialog stays open. After a repair the dialog closes and {@code done} runs (the screen reloads).
 */
class RepairDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm;
    private final FormErrors errors;

    RepairDialog(Component owner, String title, Consumer<String> repair, Runnable done) {
        errors = new FormErrors(owner);
        setHeaderTitle(title);
        reason.setLabel(owner.getTranslation("monitoring.reason"));
        reason.setWidthFull();
        errors.bind("reason", reason);
        confirm = new Button(owner.getTranslation("monitoring.confirm"), e -> {
            errors.clear();
            if (errors.refuseUnreadableDates()) {
                return;
            }
            try {
                repair.accept(reason.getValue());
                close();
                done.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("monitoring.close"), e -> close());
        add(new VerticalLayout(reason));
        getFooter().add(cancel, confirm);
        setWidth("32em");
    }

    /** Adds a field before the reason, showing the problems named {@code field}. */
    <T extends Component & HasValidation> RepairDialog with(String field, T component) {
        errors.bind(field, component);
        ((VerticalLayout) getChildren().findFirst().orElseThrow()).addComponentAsFirst(component);
        return this;
    }
}
