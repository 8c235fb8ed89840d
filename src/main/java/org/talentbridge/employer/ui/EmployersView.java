package org.talentbridge.employer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.employer.EmployerRequest;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Administrators: the register of employers. An employer's reviewers (accounts with the role EMPLOYER_REVIEWER,
 * opened under Accounts) confirm its staff's cases; applicants pick their employer from this register.
 */
@Route("admin/employers")
@Menu(order = 86, title = "nav.employers")
@RolesAllowed("ADMIN")
public class EmployersView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<EmployerView> grid = new Grid<>();
    final TextField name = new TextField(getTranslation("field.employerName"));
    final TextField creditCode = new TextField(getTranslation("field.creditCode"));
    final Checkbox publicInstitution = new Checkbox(getTranslation("field.publicInstitution"));
    final Button register = new Button(getTranslation("employers.register"));
    private final transient EmployerService employers;

    public EmployersView(EmployerService employers) {
        this.employers = employers;
        grid.setAllRowsVisible(true);
        grid.addColumn(EmployerView::name).setHeader(getTranslation("field.employerName")).setFlexGrow(2);
        grid.addColumn(EmployerView::creditCode).setHeader(getTranslation("field.creditCode"));
        grid.addColumn(e -> getTranslation(e.publicInstitution() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("field.publicInstitution"));
        grid.setEmptyStateText(getTranslation("employers.empty"));
        name.setMaxLength(200);
        creditCode.setMaxLength(18);
        FormErrors errors = new FormErrors(this).bind("name", name).bind("creditCode", creditCode);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> {
            try {
                errors.clear();
                EmployerView created = employers.register(new EmployerRequest(name.getValue(), creditCode.getValue(),
                        publicInstitution.getValue()));
                Notification.show(getTranslation("employers.registered", created.name()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                name.clear();
                creditCode.clear();
                publicInstitution.clear();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        add(new Paragraph(getTranslation("employers.help")), grid, new H3(getTranslation("employers.new")),
                new FormLayout(name, creditCode, publicInstitution), register);
    }

    private void refresh() {
        grid.setItems(employers.all());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employers");
    }
}
