package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.monitoring.BatchProgress;
import org.talentbridge.monitoring.IncidentRow;
import org.talentbridge.monitoring.InstanceInspection;
import org.talentbridge.monitoring.InstanceRepair;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.Labels;

/**
 * Administrators: the open incidents with their message and the first lines of the stack trace; retry one, or every
 * failed job of a process at once (the engine's batch; its progress shown, polled while it runs).
 */
@Route("admin/monitoring/incidents")
@RolesAllowed("ADMIN")
public class IncidentsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 2000;

    final Select<String> process = new Select<>();
    final Grid<IncidentRow> grid = new Grid<>();
    final Button retryAll = new Button(getTranslation("monitoring.retryAll"));
    final ProgressBar progressBar = new ProgressBar();
    final Paragraph progress = new Paragraph();
    /** The repair dialog on show (null when none). */
    RepairDialog dialog;
    /** The batch being watched (null when none). */
    String batchId;
    private final transient InstanceInspection inspection;
    private final transient InstanceRepair repair;

    public IncidentsView(InstanceInspection inspection, InstanceRepair repair) {
        this.inspection = inspection;
        this.repair = repair;
        process.setLabel(getTranslation("monitoring.process"));
        process.setItems(inspection.processes());
        process.setItemLabelGenerator(k -> CaseLinks.processName(this, k));
        process.setValue(inspection.processes().get(0));
        process.addValueChangeListener(e -> refresh());
        GridColumns.identifier(grid.addComponentColumn(i -> new Anchor(CaseLinks.instancePath(i.processInstanceId()),
                i.caseNumber() == null ? i.processInstanceId() : i.caseNumber())).setHeader(getTranslation("field.caseNumber")));
        grid.addColumn(IncidentRow::activityId).setHeader(getTranslation("monitoring.activity"));
        grid.addColumn(i -> Labels.dateTime(i.created())).setHeader(getTranslation("monitoring.when"));
        GridColumns.longText(grid.addColumn(IncidentRow::message).setHeader(getTranslation("monitoring.message")), IncidentRow::message);
        grid.addComponentColumn(i -> new Pre(i.stackExcerpt())).setHeader(getTranslation("monitoring.stack")).setFlexGrow(3);
        grid.addComponentColumn(i -> {
            Button retry = new Button(getTranslation("monitoring.retry"), e -> open(getTranslation("monitoring.retry"),
                    r -> repair.retryJob(i.jobId(), r)));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setEnabled(i.jobId() != null);
            return retry;
        }).setHeader("");
        grid.setEmptyStateText(getTranslation("monitoring.noIncidents"));
        retryAll.addClickListener(e -> open(getTranslation("monitoring.retryAll"), r -> {
            batchId = repair.retryFailedJobs(process.getValue(), r);
            showProgress();
        }));
        progressBar.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(process, retryAll);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, progressBar, progress, grid);
        setSizeFull();
    }

    private void open(String title, java.util.function.Consumer<String> action) {
        dialog = new RepairDialog(this, title, action, this::refresh);
        dialog.open();
    }

    void refresh() {
        grid.setItems(inspection.openIncidents(process.getValue()));
    }

    /** Shows how far the batch has come; stops polling when it has ended. */
    void showProgress() {
        if (batchId == null) {
            return;
        }
        BatchProgress p = repair.progress(batchId);
        progressBar.setVisible(true);
        progressBar.setValue(p.total() == 0 ? 1 : (double) p.completed() / p.total());
        progress.setText(getTranslation(p.ended() ? "monitoring.batchEnded" : "monitoring.batchRunning", p.completed(),
                p.total(), p.failed()));
        getUI().ifPresent(ui -> ui.setPollInterval(p.ended() ? -1 : POLL_MILLIS));
        if (p.ended()) {
            batchId = null;
            refresh();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().addPollListener(e -> showProgress());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.incidents.title");
    }
}
