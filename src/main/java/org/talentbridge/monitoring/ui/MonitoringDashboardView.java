package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentbridge.monitoring.DashboardFigures;
import org.talentbridge.monitoring.InstanceInspection;
import org.talentbridge.monitoring.MonitoringDashboard;
import org.talentbridge.monitoring.ProcessVersion;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.calendar.WorkingDayCalendar;

/**
 * Administrators' dashboard: per process, version and (title process) round — cases per stage now, overdue tasks,
 * incidents and failed jobs per stage, median and 90th-percentile time per stage, entered and left per day, overdue
 * tasks per person. Every chart (ECharts) has its numbers in a table beside it, and every table an .xlsx export.
 */
@Route("admin/monitoring")
@Menu(order = 86, title = "nav.monitoring")
@RolesAllowed("ADMIN")
public class MonitoringDashboardView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    static final String TITLE_PROCESS = "titleApplication";

    final Select<String> process = new Select<>();
    final Select<ProcessVersion> version = new Select<>();
    final Select<RoundView> round = new Select<>();
    final Paragraph summary = new Paragraph();
    /** Shown from app.calendar.warn-missing-next-year-from while next year's working-day calendar is not published. */
    final Paragraph calendarWarning = new Paragraph();
    final EChart stageChart = new EChart();
    final EChart timeChart = new EChart();
    final EChart dayChart = new EChart();
    final FigureTable<DashboardFigures.Stage> stages;
    final FigureTable<DashboardFigures.Day> days;
    final FigureTable<Map.Entry<String, Long>> overdueByPerson;
    /** The figures on show (null before the first choice). */
    DashboardFigures figures;
    private final transient MonitoringDashboard dashboard;

    public MonitoringDashboardView(MonitoringDashboard dashboard, InstanceInspection inspection, RoundService rounds,
                                   WorkingDayCalendar calendar) {
        this.dashboard = dashboard;
        calendar.missingNextYear().ifPresent(y -> calendarWarning.add(new Anchor("admin/calendar", getTranslation("calendar.missingNextYear", String.valueOf(y)))));
        calendarWarning.setVisible(calendar.missingNextYear().isPresent());
        calendarWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        process.setLabel(getTranslation("monitoring.process"));
        process.setItems(inspection.processes());
        process.setItemLabelGenerator(k -> CaseLinks.processName(this, k));
        version.setLabel(getTranslation("monitoring.version"));
        version.setItemLabelGenerator(v -> "v" + v.version());
        round.setLabel(getTranslation("monitoring.round"));
        round.setEmptySelectionAllowed(true);
        round.setEmptySelectionCaption(getTranslation("monitoring.allRounds"));
        round.setItemLabelGenerator(r -> r == null ? getTranslation("monitoring.allRounds") : r.name());
        round.setItems(rounds.all());
        process.addValueChangeListener(e -> {
            List<ProcessVersion> versions = dashboard.versions(e.getValue());
            version.setItems(versions);
            round.setVisible(TITLE_PROCESS.equals(e.getValue()));
            round.clear();
            version.setValue(versions.isEmpty() ? null : versions.get(0));
        });
        version.addValueChangeListener(e -> refresh());
        round.addValueChangeListener(e -> refresh());

        stages = new FigureTable<>(this, "monitoring.sheet.stages");
        stages.column("monitoring.stage", DashboardFigures.Stage::name)
                .column("monitoring.now", DashboardFigures.Stage::now)
                .column("monitoring.overdue", DashboardFigures.Stage::overdue)
                .column("monitoring.incidents", DashboardFigures.Stage::incidents)
                .column("monitoring.failedJobs", DashboardFigures.Stage::failedJobs)
                .column("monitoring.medianHours", DashboardFigures.Stage::medianHours)
                .column("monitoring.p90Hours", DashboardFigures.Stage::p90Hours);
        days = new FigureTable<>(this, "monitoring.sheet.days");
        days.column("monitoring.day", DashboardFigures.Day::day)
                .column("monitoring.stage", d -> stageName(d.activityId()))
                .column("monitoring.entered", DashboardFigures.Day::entered)
                .column("monitoring.left", DashboardFigures.Day::left);
        overdueByPerson = new FigureTable<>(this, "monitoring.sheet.overdueByPerson");
        overdueByPerson.column("monitoring.assignee", e -> e.getKey().isEmpty() ? getTranslation("monitoring.unassigned") : e.getKey())
                .column("monitoring.overdue", Map.Entry::getValue);

        HorizontalLayout choices = new HorizontalLayout(process, version, round);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout links = new HorizontalLayout(new Anchor("admin/monitoring/instances", getTranslation("monitoring.instances.title")),
                new Anchor("admin/monitoring/incidents", getTranslation("monitoring.incidents.title")),
                new Anchor("admin/monitoring/deadlines", getTranslation("monitoring.deadlines.title")),
                new Anchor("admin/monitoring/reassign", getTranslation("monitoring.reassignAll.title")));
        add(calendarWarning, links, choices, summary,
                new H3(getTranslation("monitoring.stagesNow")), beside(stageChart, stages),
                new H3(getTranslation("monitoring.timePerStage")), beside(timeChart, new Paragraph(getTranslation("monitoring.timeHelp"))),
                new H3(getTranslation("monitoring.perDay")), beside(dayChart, days),
                new H3(getTranslation("monitoring.overdueByPerson")), overdueByPerson);
    }

    private static Component beside(Component chart, Component table) {
        FlexLayout row = new FlexLayout(chart, table);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-m)");
        if (table instanceof FigureTable<?> t) {
            t.getStyle().set("flex", "1 1 420px");
        }
        return row;
    }

    private String stageName(String activityId) {
        return figures == null ? activityId : figures.stages().stream().filter(s -> s.activityId().equals(activityId))
                .map(DashboardFigures.Stage::name).findFirst().orElse(activityId);
    }

    void refresh() {
        if (version.getValue() == null) {
            return;
        }
        RoundView r = round.isVisible() ? round.getValue() : null;
        figures = dashboard.figures(version.getValue().definitionId(), r == null ? null : r.id());
        summary.setText(getTranslation("monitoring.summary", figures.totalNow(), figures.openIncidents(), figures.failedJobs())
                + (figures.sampled() ? " " + getTranslation("monitoring.sampled") : ""));
        List<String> names = figures.stages().stream().map(DashboardFigures.Stage::name).toList();
        Map<String, List<? extends Number>> now = new LinkedHashMap<>();
        now.put(getTranslation("monitoring.now"), figures.stages().stream().map(DashboardFigures.Stage::now).toList());
        now.put(getTranslation("monitoring.overdue"), figures.stages().stream().map(DashboardFigures.Stage::overdue).toList());
        stageChart.bars(names, now, false);
        Map<String, List<? extends Number>> time = new LinkedHashMap<>();
        time.put(getTranslation("monitoring.medianHours"), figures.stages().stream().map(s -> s.medianHours() == null ? 0 : s.medianHours()).toList());
        time.put(getTranslation("monitoring.p90Hours"), figures.stages().stream().map(s -> s.p90Hours() == null ? 0 : s.p90Hours()).toList());
        timeChart.bars(names, time, false);
        Map<String, long[]> perDay = new TreeMap<>();
        figures.days().forEach(d -> {
            long[] n = perDay.computeIfAbsent(d.day().toString(), k -> new long[2]);
            n[0] += d.entered();
            n[1] += d.left();
        });
        Map<String, List<? extends Number>> lines = new LinkedHashMap<>();
        lines.put(getTranslation("monitoring.entered"), perDay.values().stream().map(n -> n[0]).toList());
        lines.put(getTranslation("monitoring.left"), perDay.values().stream().map(n -> n[1]).toList());
        dayChart.lines(new ArrayList<>(perDay.keySet()), lines);
        stages.show(figures.stages());
        days.show(figures.days());
        overdueByPerson.show(List.copyOf(figures.overdueByPerson().entrySet()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (process.getValue() == null && !process.getListDataView().getItems().toList().isEmpty()) {
            process.setValue(process.getListDataView().getItem(0));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.monitoring");
    }
}
