package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.monitoring.InstanceRepair;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/** Administrators: every open task one person holds goes to another, with a reason (an absent reviewer's work). */
@Route("admin/monitoring/reassign")
@RolesAllowed("ADMIN")
public class ReassignTasksView extends VerticalLayout implements HasDynamicTitle {

    final TextField from = new TextField(getTranslation("monitoring.reassignAll.from"));
    final TextField to = new TextField(getTranslation("monitoring.reassignAll.to"));
    final TextArea reason = new TextArea(getTranslation("monitoring.reason"));
    final Button run = new Button(getTranslation("monitoring.reassignAll.run"));
    private final FormErrors errors = new FormErrors(this);

    public ReassignTasksView(InstanceRepair repair) {
        errors.bind("from", from).bind("to", to).bind("reason", reason);
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> {
            errors.clear();
            try {
                int moved = repair.reassignAll(from.getValue(), to.getValue(), reason.getValue());
                Notification.show(getTranslation("monitoring.reassignAll.done", moved), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        add(new Paragraph(getTranslation("monitoring.reassignAll.help")), new FormLayout(from, to, reason), run);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.reassignAll.title");
    }
}
