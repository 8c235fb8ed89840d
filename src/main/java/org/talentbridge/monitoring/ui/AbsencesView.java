package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.monitoring.Absence;
import org.talentbridge.monitoring.Absences;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.IsoDatePicker;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/** Reviewers, committee members and administrators: an absence period and the substitute who takes the tasks. */
@Route("absences")
@Menu(order = 88, title = "nav.absences")
@RolesAllowed({"ADMIN", "REVIEWER", "COMMITTEE_MEMBER", "COMMITTEE_SECRETARY", "INTEGRITY_OFFICER", "EMPLOYER_REVIEWER", "EVALUATOR"})
public class AbsencesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField person = new TextField(getTranslation("absences.person"));
    final TextField substitute = new TextField(getTranslation("absences.substitute"));
    final IsoDatePicker firstDay = new IsoDatePicker(getTranslation("absences.firstDay"));
    final IsoDatePicker lastDay = new IsoDatePicker(getTranslation("absences.lastDay"));
    final TextArea reason = new TextArea(getTranslation("monitoring.reason"));
    final Button save = new Button(getTranslation("absences.save"));
    /** Administrators: hand every absent person's tasks to the substitutes now. */
    final Button sweep = new Button(getTranslation("absences.sweep"));
    final Grid<Absence> grid = new Grid<>();
    private final FormErrors errors = new FormErrors(this);
    private final transient Absences absences;

    public AbsencesView(Absences absences, AuthenticationContext authentication) {
        this.absences = absences;
        boolean admin = authentication.hasRole("ADMIN");
        person.setValue(authentication.getPrincipalName().orElse(""));
        person.setReadOnly(!admin);
        errors.bind("username", person).bind("substitute", substitute).bind("firstDay", firstDay)
                .bind("lastDay", lastDay).bind("reason", reason);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            errors.clear();
            if (errors.refuseUnreadableDates()) {
                return;
            }
            try {
                absences.record(person.getValue(), substitute.getValue(), firstDay.getValue(), lastDay.getValue(), reason.getValue());
                Notification.show(getTranslation("absences.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        sweep.setVisible(admin);
        sweep.addClickListener(e -> Notification.show(getTranslation("absences.swept", absences.sweepNow()), 4000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS));
        grid.addColumn(Absence::username).setHeader(getTranslation("absences.person"));
        grid.addColumn(Absence::substitute).setHeader(getTranslation("absences.substitute"));
        grid.addColumn(a -> Labels.date(a.firstDay()) + " – " + Labels.date(a.lastDay())).setHeader(getTranslation("absences.firstDay"));
        grid.addColumn(Absence::reason).setHeader(getTranslation("monitoring.reason"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("absences.empty"));
        add(new Paragraph(getTranslation("absences.help")), new FormLayout(person, substitute, firstDay, lastDay, reason),
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save, sweep), grid);
    }

    void refresh() {
        grid.setItems(absences.current());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.absences");
    }
}
