package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.talentbridge.monitoring.IncidentRow;
import org.talentbridge.monitoring.InstanceDetails;
import org.talentbridge.monitoring.InstanceInspection;
import org.talentbridge.monitoring.InstanceRepair;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Administrators: one process instance, running or ended — the diagram with the path taken and where it waits, the
 * activity history (who, when), the variables, incidents, open tasks, the case's audit trail — and its repairs.
 */
@Route("admin/monitoring/instance")
@RolesAllowed("ADMIN")
public class InstanceView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final BpmnDiagram diagram = new BpmnDiagram();
    final Paragraph head = new Paragraph();
    final Grid<InstanceDetails.Step> steps = new Grid<>();
    final Grid<InstanceDetails.Variable> variables = new Grid<>();
    final Grid<IncidentRow> incidents = new Grid<>();
    final Grid<InstanceDetails.OpenTask> tasks = new Grid<>();
    final Grid<InstanceDetails.AuditLine> audit = new Grid<>();
    final HorizontalLayout actions = new HorizontalLayout();
    /** The repair dialog on show (null when none). */
    RepairDialog dialog;
    private final transient InstanceInspection inspection;
    private final transient InstanceRepair repair;
    private InstanceDetails details;
    private String id;

    public InstanceView(InstanceInspection inspection, InstanceRepair repair) {
        this.inspection = inspection;
        this.repair = repair;
        steps.addColumn(s -> s.name() == null ? s.activityId() : s.name()).setHeader(getTranslation("monitoring.activity"));
        steps.addColumn(s -> s.assignee() == null ? "" : s.assignee()).setHeader(getTranslation("monitoring.who"));
        steps.addColumn(s -> Labels.dateTime(s.started())).setHeader(getTranslation("monitoring.started"));
        steps.addColumn(s -> s.ended() == null ? getTranslation("monitoring.waiting") : Labels.dateTime(s.ended()))
                .setHeader(getTranslation("monitoring.ended"));
        steps.setAllRowsVisible(true);
        GridColumns.identifier(variables.addColumn(InstanceDetails.Variable::name).setHeader(getTranslation("monitoring.variable")));
        GridColumns.longText(variables.addColumn(InstanceDetails.Variable::value).setHeader(getTranslation("monitoring.value")),
                InstanceDetails.Variable::value);
        variables.setAllRowsVisible(true);
        incidents.addColumn(IncidentRow::activityId).setHeader(getTranslation("monitoring.activity"));
        GridColumns.longText(incidents.addColumn(IncidentRow::message).setHeader(getTranslation("monitoring.message")), IncidentRow::message);
        incidents.addComponentColumn(i -> new Pre(i.stackExcerpt())).setHeader(getTranslation("monitoring.stack")).setFlexGrow(3);
        incidents.addComponentColumn(i -> i.jobId() == null ? new Paragraph() : button("monitoring.retry",
                () -> open(getTranslation("monitoring.retry"), r -> repair.retryJob(i.jobId(), r)))).setHeader("");
        incidents.setAllRowsVisible(true);
        incidents.setEmptyStateText(getTranslation("monitoring.noIncidents"));
        tasks.addColumn(t -> t.name() == null ? t.activityId() : t.name()).setHeader(getTranslation("monitoring.activity"));
        tasks.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader(getTranslation("monitoring.assignee"));
        tasks.addColumn(t -> t.due() == null ? "" : Labels.dateTime(t.due())).setHeader(getTranslation("monitoring.due"));
        tasks.addComponentColumn(this::taskActions).setHeader("").setFlexGrow(2);
        tasks.setAllRowsVisible(true);
        audit.addColumn(a -> Labels.dateTime(a.at())).setHeader(getTranslation("monitoring.when"));
        audit.addColumn(InstanceDetails.AuditLine::actor).setHeader(getTranslation("monitoring.who"));
        audit.addColumn(InstanceDetails.AuditLine::action).setHeader(getTranslation("monitoring.action"));
        GridColumns.longText(audit.addColumn(InstanceDetails.AuditLine::details).setHeader(getTranslation("monitoring.details")),
                InstanceDetails.AuditLine::details);
        audit.setAllRowsVisible(true);
        audit.setEmptyStateText(getTranslation("monitoring.noAudit"));
        add(head, actions, diagram, new H3(getTranslation("monitoring.history")), steps,
                new H3(getTranslation("monitoring.tasks")), tasks, new H3(getTranslation("monitoring.incidents")), incidents,
                new H3(getTranslation("monitoring.variables")), variables, new H3(getTranslation("monitoring.audit")), audit);
    }

    private Component taskActions(InstanceDetails.OpenTask t) {
        Button due = button("monitoring.changeDue", () -> {
            DateTimePicker when = new DateTimePicker(getTranslation("monitoring.due"));
            when.setValue(t.due() == null ? null : java.time.LocalDateTime.ofInstant(t.due().toInstant(), java.time.ZoneId.systemDefault()));
            open(getTranslation("monitoring.changeDue"), r -> repair.changeDueDate(t.id(), when.getValue(), r)).with("due", when);
        });
        Button reassign = button("monitoring.reassign", () -> {
            TextField to = new TextField(getTranslation("monitoring.assigneeAccount"));
            open(getTranslation("monitoring.reassign"), r -> {
                if (to.getValue().isBlank()) {
                    throw InvalidInputException.of("assignee", "monitoring.error.assigneeRequired");
                }
                repair.reassign(t.id(), to.getValue(), r);
            }).with("assignee", to);
        });
        Button release = button("monitoring.release", () -> open(getTranslation("monitoring.release"),
                r -> repair.reassign(t.id(), null, r)));
        release.setEnabled(t.assignee() != null);
        return new HorizontalLayout(due, reassign, release);
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private RepairDialog open(String title, java.util.function.Consumer<String> action) {
        dialog = new RepairDialog(this, title, action, this::load);
        dialog.open();
        return dialog;
    }

    private void load() {
        details = inspection.details(id);
        var row = details.instance();
        head.setText(CaseLinks.processName(this, row.processKey()) + " v" + row.version() + " · "
                + getTranslation("monitoring.engineState." + row.state()) + " · " + row.applicantMasked() + " · "
                + Labels.dateTime(row.started()) + (row.ended() == null ? "" : " – " + Labels.dateTime(row.ended())));
        diagram.show(details.bpmnXml(), details.passed(), details.current());
        steps.setItems(details.steps());
        variables.setItems(details.variables());
        incidents.setItems(details.incidents());
        tasks.setItems(details.tasks());
        audit.setItems(details.audit());
        actions.removeAll();
        String casePath = CaseLinks.casePath(row.processKey(), row.caseNumber());
        if (casePath != null) {
            actions.add(new Anchor(casePath, getTranslation("monitoring.openCase", row.caseNumber())));
        }
        if (row.running()) {
            for (String from : details.current()) {
                List<String> targets = repair.movesFrom(row.processKey(), from);
                if (!targets.isEmpty()) {
                    actions.add(button("monitoring.move", () -> {
                        Select<String> to = new Select<>();
                        to.setLabel(getTranslation("monitoring.moveTo"));
                        to.setItems(targets);
                        to.setValue(targets.get(0));
                        open(getTranslation("monitoring.move"), r -> repair.move(id, from, to.getValue(), r)).with("to", to);
                    }));
                }
            }
            Button cancel = button("monitoring.cancel", () -> open(getTranslation("monitoring.cancel"), r -> repair.cancel(id, r)));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = parameter;
        try {
            load();
        } catch (InvalidInputException e) {
            head.setText(getTranslation("monitoring.error.unknownInstance"));
            details = null;
        }
    }

    InstanceDetails details() {
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.instance.title", details == null || details.instance().caseNumber() == null
                ? (id == null ? "" : id) : details.instance().caseNumber());
    }
}
