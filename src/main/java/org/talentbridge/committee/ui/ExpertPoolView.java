package org.talentbridge.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.ExpertPoolService;
import org.talentbridge.committee.ExpertRequest;
import org.talentbridge.committee.ExpertView;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The expert pool (评审专家库): COMMITTEE_MEMBER accounts with the series they judge, the highest level, their employer
 * (never on a panel with its staff) and whether they are high-skilled talent. The secretary adds and takes out;
 * administrators read.
 */
@Route("committee/experts")
@Menu(order = 44, title = "nav.committeeExperts")
@RolesAllowed({"COMMITTEE_SECRETARY", "ADMIN"})
public class ExpertPoolView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<ExpertView> grid = new Grid<>();
    final TextField username = new TextField(getTranslation("committee.expert.username"));
    final Select<String> series = new Select<>();
    final Select<TitleLevel> maxLevel;
    final ComboBox<EmployerView> employer = new ComboBox<>(getTranslation("committee.expert.employer"));
    final Checkbox highSkilled = new Checkbox(getTranslation("committee.expert.highSkilled"));
    final Button add = new Button(getTranslation("committee.expert.add"));
    private final transient ExpertPoolService expertPool;
    private final boolean manages;

    public ExpertPoolView(ExpertPoolService expertPool, CatalogService catalog, EmployerService employers,
                          AuthenticationContext authentication) {
        this.expertPool = expertPool;
        this.manages = authentication.hasRole("COMMITTEE_SECRETARY");
        grid.addColumn(ExpertView::displayName).setHeader(getTranslation("field.displayName"));
        grid.addColumn(ExpertView::username).setHeader(getTranslation("field.username"));
        grid.addColumn(ExpertView::series).setHeader(getTranslation("field.series"));
        grid.addColumn(e -> getTranslation(e.maxLevel().messageKey())).setHeader(getTranslation("committee.expert.maxLevel"));
        grid.addColumn(e -> e.employerName() == null ? "" : e.employerName()).setHeader(getTranslation("committee.expert.employer"))
                .setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.highSkilled() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("committee.expert.highSkilled"));
        grid.addColumn(e -> getTranslation(e.active() ? "committee.expert.active" : "committee.expert.inactive"))
                .setHeader(getTranslation("committee.expert.status"));
        grid.addColumn(e -> Labels.dateTime(e.addedAt())).setHeader(getTranslation("committee.expert.addedAt"));
        if (manages) {
            grid.addComponentColumn(e -> {
                Button out = new Button(getTranslation("committee.expert.deactivate"), click -> deactivate(e));
                out.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                out.setEnabled(e.active());
                return out;
            }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true).setKey("actions");
        }
        grid.setEmptyStateText(getTranslation("committee.expert.empty"));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("committee.expert.help")), grid);

        series.setLabel(getTranslation("field.series"));
        series.setItems(catalog.seriesNames());
        maxLevel = Labels.enumSelect(this, "committee.expert.maxLevel", TitleLevel.class, TitleLevel::messageKey);
        employer.setItems(employers.all());
        employer.setItemLabelGenerator(EmployerView::name);
        employer.setClearButtonVisible(true);
        employer.setHelperText(getTranslation("committee.expert.employer.help"));
        username.setMaxLength(64);
        username.setHelperText(getTranslation("committee.expert.username.help"));
        FormErrors errors = new FormErrors(this).bind("username", username).bind("series", series).bind("maxLevel", maxLevel)
                .bind("employerId", employer);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            try {
                errors.clear();
                ExpertView added = expertPool.addExpert(new ExpertRequest(username.getValue(), series.getValue(),
                        maxLevel.getValue(), employer.getValue() == null ? null : employer.getValue().id(), highSkilled.getValue()));
                Notification.show(getTranslation("committee.expert.added", added.displayName(), added.series()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                username.clear();
                employer.clear();
                highSkilled.clear();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        if (manages) {
            add(new H3(getTranslation("committee.expert.new")), new FormLayout(username, series, maxLevel, employer, highSkilled),
                    add);
        }
    }

    private void deactivate(ExpertView expert) {
        try {
            expertPool.deactivateExpert(expert.id());
            Notification.show(getTranslation("committee.expert.deactivated", expert.displayName(), expert.series()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException ex) {
            new FormErrors(this).show(ex);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(expertPool.pool());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.committeeExperts");
    }
}
