package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.monitoring.InstanceFilter;
import org.talentbridge.monitoring.InstanceInspection;
import org.talentbridge.monitoring.InstanceRow;
import org.talentbridge.monitoring.InstanceSearch;
import org.talentbridge.monitoring.InstanceState;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.IsoDatePicker;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/** Administrators: any process instance, running or ended, by case number, applicant, process, state and dates. */
@Route("admin/monitoring/instances")
@com.vaadin.flow.router.Menu(order = 87, title = "nav.monitoringInstances")
@RolesAllowed("ADMIN")
public class InstancesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField caseNumber = new TextField(getTranslation("field.caseNumber"));
    final TextField applicant = new TextField(getTranslation("monitoring.applicantAccount"));
    final Select<String> process = new Select<>();
    final Select<InstanceState> state = new Select<>();
    final IsoDatePicker startedFrom = new IsoDatePicker(getTranslation("monitoring.startedFrom"));
    final IsoDatePicker startedTo = new IsoDatePicker(getTranslation("monitoring.startedTo"));
    final Button search = new Button(getTranslation("monitoring.search"));
    final Grid<InstanceRow> grid = new Grid<>();
    private final FormErrors errors = new FormErrors(this);
    private final transient InstanceSearch instances;

    public InstancesView(InstanceSearch instances, InstanceInspection inspection) {
        this.instances = instances;
        List<String> processes = new ArrayList<>();
        processes.add("");
        processes.addAll(inspection.processes());
        process.setLabel(getTranslation("monitoring.process"));
        process.setItems(processes);
        process.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("monitoring.all") : CaseLinks.processName(this, k));
        process.setValue("");
        state.setLabel(getTranslation("monitoring.state"));
        state.setItems(InstanceState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("monitoring.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("monitoring.all") : getTranslation("monitoring.state." + s));
        errors.bind("caseNumber", caseNumber).bind("applicant", applicant).bind("startedTo", startedTo)
                .bind("startedFrom", startedFrom);
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> refresh());

        GridColumns.identifier(grid.addComponentColumn(r -> new Anchor(CaseLinks.instancePath(r.id()),
                r.caseNumber() == null ? r.id() : r.caseNumber())).setHeader(getTranslation("field.caseNumber")));
        grid.addColumn(r -> CaseLinks.processName(this, r.processKey()) + " v" + r.version()).setHeader(getTranslation("monitoring.process"));
        grid.addColumn(r -> getTranslation("monitoring.engineState." + r.state())).setHeader(getTranslation("monitoring.state"));
        grid.addColumn(InstanceRow::applicantMasked).setHeader(getTranslation("monitoring.applicant"));
        grid.addColumn(r -> Labels.dateTime(r.started())).setHeader(getTranslation("monitoring.started"));
        grid.addColumn(r -> r.ended() == null ? "" : Labels.dateTime(r.ended())).setHeader(getTranslation("monitoring.ended"));
        grid.setEmptyStateText(getTranslation("monitoring.noInstances"));
        add(new FormLayout(caseNumber, applicant, process, state, startedFrom, startedTo), search, grid);
        setSizeFull();
    }

    InstanceFilter filter() {
        return new InstanceFilter(caseNumber.getValue(), applicant.getValue(), process.getValue(), state.getValue(),
                startedFrom.getValue(), startedTo.getValue());
    }

    void refresh() {
        errors.clear();
        if (errors.refuseUnreadableDates()) {
            return;
        }
        InstanceFilter filter = filter();
        try {
            instances.count(filter); // refuses bad input before the grid asks for pages
            grid.setItems((Query<InstanceRow, Void> q) -> instances.search(filter, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(Integer.MAX_VALUE, instances.count(filter)));
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.instances.title");
    }
}
