package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.skilleval.EvaluationOrganisations;
import org.talentbridge.skilleval.EvaluatorRequest;
import org.talentbridge.skilleval.OrganisationKind;
import org.talentbridge.skilleval.OrganisationRequest;
import org.talentbridge.skilleval.OrganisationView;

/**
 * Administrators: the evaluation channels of rule S4 as data — organisations (name, kind, occupations covered; an
 * accredited employer names its registered employer) and the evaluator accounts tied to each.
 */
@Route("admin/evaluation-organisations")
@Menu(order = 86, title = "skilleval.nav.organisations")
@RolesAllowed("ADMIN")
public class EvaluationOrganisationsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField name = new TextField(getTranslation("skilleval.organisation.name"));
    final Select<OrganisationKind> kind = Labels.enumSelect(this, "skilleval.organisation.kind", OrganisationKind.class,
            OrganisationKind::messageKey);
    final TextField employerName = new TextField(getTranslation("skilleval.organisation.employer"));
    final TextField occupations = new TextField(getTranslation("skilleval.organisation.occupations"));
    final Button register = new Button(getTranslation("skilleval.organisation.register"));
    final Grid<OrganisationView> grid = new Grid<>();
    final Select<OrganisationView> organisation = new Select<>();
    final TextField username = new TextField(getTranslation("field.username"));
    final TextField displayName = new TextField(getTranslation("field.displayName"));
    final PasswordField password = new PasswordField(getTranslation("field.password"));
    final Button addEvaluator = new Button(getTranslation("skilleval.organisation.addEvaluator"));
    private final transient EvaluationOrganisations organisations;

    public EvaluationOrganisationsView(EvaluationOrganisations organisations) {
        this.organisations = organisations;
        occupations.setHelperText(getTranslation("skilleval.organisation.occupationsHelp"));
        employerName.setHelperText(getTranslation("skilleval.organisation.employerHelp"));
        FormErrors orgErrors = new FormErrors(this).bind("name", name).bind("kind", kind).bind("employerName", employerName)
                .bind("occupations", occupations);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> {
            try {
                orgErrors.clear();
                OrganisationView created = organisations.register(new OrganisationRequest(name.getValue(), kind.getValue(),
                        employerName.getValue(), occupations.getValue()));
                done("skilleval.organisation.registered", created.name());
                name.clear();
                employerName.clear();
                occupations.clear();
                refresh();
            } catch (InvalidInputException ex) {
                orgErrors.show(ex);
            }
        });
        GridColumns.longText(grid.addColumn(OrganisationView::name).setHeader(getTranslation("skilleval.organisation.name"))
                .setFlexGrow(2), OrganisationView::name);
        grid.addColumn(o -> getTranslation(o.kind().messageKey())).setHeader(getTranslation("skilleval.organisation.kind"));
        GridColumns.longText(grid.addColumn(o -> o.employerName() == null ? "" : o.employerName())
                .setHeader(getTranslation("skilleval.organisation.employer")).setFlexGrow(2), OrganisationView::employerName);
        grid.addColumn(o -> String.join(getTranslation("list.separator"), o.occupations()))
                .setHeader(getTranslation("skilleval.organisation.occupations")).setFlexGrow(2);
        grid.setAllRowsVisible(true);

        organisation.setLabel(getTranslation("skilleval.case.organisation"));
        organisation.setItemLabelGenerator(o -> o == null ? "" : o.name());
        FormErrors evaluatorErrors = new FormErrors(this).bind("organisationId", organisation).bind("username", username)
                .bind("displayName", displayName).bind("password", password);
        addEvaluator.addClickListener(e -> {
            try {
                evaluatorErrors.clear();
                var account = organisations.addEvaluator(new EvaluatorRequest(organisation.getValue() == null ? null
                        : organisation.getValue().id(), username.getValue(), displayName.getValue(), password.getValue()));
                done("skilleval.organisation.evaluatorAdded", account.username());
                username.clear();
                displayName.clear();
                password.clear();
            } catch (InvalidInputException ex) {
                evaluatorErrors.show(ex);
            }
        });
        add(new H3(getTranslation("skilleval.organisation.registerTitle")),
                new FormLayout(name, kind, employerName, occupations), register, grid,
                new H3(getTranslation("skilleval.organisation.evaluatorTitle")),
                new FormLayout(organisation, username, displayName, password), addEvaluator);
    }

    private void done(String key, String what) {
        Notification.show(getTranslation(key, what), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(q -> organisations.page(q.getOffset(), q.getLimit()).stream(), q -> organisations.count());
        organisation.setItems(organisations.page(0, 500));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skilleval.nav.organisations");
    }
}
