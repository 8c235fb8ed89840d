package org.talentbridge.investigation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.talentbridge.investigation.InvestigationRow;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.shared.ui.Labels;

/**
 * The integrity officers' inbox of investigations (issue 6, item 6): the open ones by default, or all; a row opens
 * the case screen ({@code integrity/investigations/{number}}).
 */
@Route("integrity/investigations")
@Menu(order = 51.1, title = "nav.investigations")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class InvestigationsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Checkbox openOnly = new Checkbox(getTranslation("investigation.openOnly"), true);
    final Grid<InvestigationRow> grid = new Grid<>();
    final Button report = new Button(getTranslation("investigation.reportButton"));
    private final transient InvestigationService service;

    public InvestigationsView(InvestigationService service) {
        this.service = service;
        grid.addColumn(InvestigationRow::number).setHeader(getTranslation("investigation.number")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.source().messageKey())).setHeader(getTranslation("investigation.source"));
        grid.addColumn(r -> r.personName() + " " + r.personIdMasked()).setHeader(getTranslation("investigation.person"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("investigation.status"));
        grid.addColumn(r -> Objects.toString(r.taskName(), "")).setHeader(getTranslation("investigation.task"));
        grid.addColumn(r -> Objects.toString(r.assignee(), "")).setHeader(getTranslation("investigation.assignee"));
        grid.addColumn(r -> Labels.dateTime(r.openedAt())).setHeader(getTranslation("investigation.openedAt"));
        grid.setEmptyStateText(getTranslation("investigation.inboxEmpty"));
        grid.addItemClickListener(e -> open(e.getItem().number()));
        openOnly.addValueChangeListener(e -> refresh());
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReportView.class)));
        HorizontalLayout tools = new HorizontalLayout(openOnly, report);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        add(new Paragraph(getTranslation("investigation.inboxHelp")), tools, grid);
        setSizeFull();
    }

    void open(String number) {
        getUI().ifPresent(ui -> ui.navigate(InvestigationPage.class, number));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        boolean open = openOnly.getValue();
        grid.setItems(q -> service.page(open, q.getOffset(), q.getLimit()).stream(), q -> service.count(open));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.investigations");
    }
}
