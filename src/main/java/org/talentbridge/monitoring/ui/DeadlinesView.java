package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.talentbridge.monitoring.Deadline;
import org.talentbridge.monitoring.DeadlinesAhead;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/** Administrators: the timers that will fire and the tasks that fall due in the next N working days, per kind. */
@Route("admin/monitoring/deadlines")
@RolesAllowed("ADMIN")
public class DeadlinesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final IntegerField workingDays = new IntegerField(getTranslation("monitoring.workingDays"));
    final Paragraph until = new Paragraph();
    final Grid<Map.Entry<String, Long>> perKind = new Grid<>();
    final Grid<Deadline> grid = new Grid<>();
    private final FormErrors errors = new FormErrors(this);
    private final transient DeadlinesAhead deadlines;

    public DeadlinesView(DeadlinesAhead deadlines) {
        this.deadlines = deadlines;
        workingDays.setValue(1);
        workingDays.setStepButtonsVisible(true);
        workingDays.addValueChangeListener(e -> refresh());
        errors.bind("workingDays", workingDays);
        perKind.addColumn(Map.Entry::getKey).setHeader(getTranslation("monitoring.kind"));
        perKind.addColumn(Map.Entry::getValue).setHeader(getTranslation("monitoring.count"));
        perKind.setAllRowsVisible(true);
        perKind.setEmptyStateText(getTranslation("monitoring.noDeadlines"));
        grid.addColumn(d -> Labels.dateTime(d.due()) + (d.provisional() ? getTranslation("calendar.provisional") : ""))
                .setHeader(getTranslation("monitoring.due"));
        grid.addColumn(d -> getTranslation(d.timer() ? "monitoring.timer" : "monitoring.taskDue") + " · " + d.kindName())
                .setHeader(getTranslation("monitoring.kind"));
        GridColumns.identifier(grid.addComponentColumn(d -> new Anchor(CaseLinks.instancePath(d.processInstanceId()),
                d.caseNumber() == null ? d.processInstanceId() : d.caseNumber())).setHeader(getTranslation("field.caseNumber")));
        grid.addColumn(d -> CaseLinks.processName(this, d.processKey())).setHeader(getTranslation("monitoring.process"));
        grid.addColumn(d -> d.assignee() == null ? "" : d.assignee()).setHeader(getTranslation("monitoring.assignee"));
        grid.setEmptyStateText(getTranslation("monitoring.noDeadlines"));
        add(workingDays, until, perKind, grid);
        setSizeFull();
    }

    void refresh() {
        errors.clear();
        int days = workingDays.getValue() == null ? -1 : workingDays.getValue();
        try {
            List<Deadline> found = deadlines.ahead(days);
            until.setText(getTranslation("monitoring.until", Labels.dateTime(deadlines.until(days)))
                    + (deadlines.untilIsProvisional(days) ? getTranslation("calendar.provisional") : ""));
            perKind.setItems(List.copyOf(DeadlinesAhead.perKind(found).entrySet()));
            grid.setItems(found);
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
        return getTranslation("monitoring.deadlines.title");
    }
}
