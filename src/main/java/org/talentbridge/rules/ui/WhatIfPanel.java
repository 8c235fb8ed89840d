package org.talentbridge.rules.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.rules.WhatIf;
import org.talentbridge.shared.export.XlsxTable;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/** What-if for a draft: every open case or every case of a round, in the background with progress; .xlsx export. */
class WhatIfPanel extends VerticalLayout {

    final ComboBox<RoundView> round = new ComboBox<>(getTranslation("rules.whatIf.round"));
    final Button start = new Button(getTranslation("rules.whatIf.start"));
    final ProgressBar progress = new ProgressBar();
    final Paragraph summary = new Paragraph();
    final Grid<WhatIf.Change> changed = new Grid<>();
    final Anchor export;
    /** The version's stored reports (the history): date, who, which cases, counts; each can be opened and exported. */
    final Grid<WhatIf.Report> reports = new Grid<>();
    private final java.util.Map<Long, String> roundNames = new java.util.HashMap<>();
    private final transient WhatIf whatIf;
    private String draft;
    private WhatIf.Progress current;

    WhatIfPanel(WhatIf whatIf, RoundService rounds) {
        this.whatIf = whatIf;
        setPadding(false);
        round.setItemLabelGenerator(RoundView::name);
        List<RoundView> all = rounds.all();
        all.forEach(r -> roundNames.put(r.id(), r.name()));
        round.setItems(all);
        round.setPlaceholder(getTranslation("rules.whatIf.allOpen"));
        round.setClearButtonVisible(true);
        round.setWidth("24em");
        changed.setAllRowsVisible(true);
        changed.addColumn(c -> getTranslation(c.skill() ? "rules.pathway.S" : "rules.pathway.T"))
                .setHeader(getTranslation("rules.column.pathway"));
        changed.addColumn(WhatIf.Change::caseNumber).setHeader(getTranslation("field.caseNumber"));
        changed.addColumn(c -> getTranslation((c.skill() ? "skilleval.status." : "caseStatus.") + c.status()))
                .setHeader(getTranslation("rules.column.state"));
        changed.addColumn(c -> outcome(c.eligibleBefore(), c.levelBefore(), c.routeBefore())).setHeader(getTranslation("rules.column.before")).setFlexGrow(2);
        changed.addColumn(c -> outcome(c.eligibleAfter(), c.levelAfter(), c.routeAfter())).setHeader(getTranslation("rules.column.after")).setFlexGrow(2);
        changed.addColumn(c -> String.join(", ", c.rules())).setHeader(getTranslation("rules.column.rule"));
        changed.setEmptyStateText(getTranslation("rules.whatIf.none"));
        progress.setVisible(false);
        start.addClickListener(e -> start());
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<WhatIf.Change> rows = current == null ? List.of() : current.changed();
            byte[] xlsx = XlsxTable.write(draft, List.of(getTranslation("rules.column.pathway"), getTranslation("field.caseNumber"), getTranslation("rules.column.state"),
                    getTranslation("rules.whatIf.eligibleBefore"), getTranslation("rules.whatIf.levelBefore"),
                    getTranslation("rules.whatIf.routeBefore"), getTranslation("rules.whatIf.eligibleAfter"),
                    getTranslation("rules.whatIf.levelAfter"), getTranslation("rules.whatIf.routeAfter"),
                    getTranslation("rules.column.rule")), WhatIf.rows(rows));
            return new DownloadResponse(new ByteArrayInputStream(xlsx), draft + "-what-if.xlsx", XlsxTable.CONTENT_TYPE, xlsx.length);
        }), getTranslation("rules.whatIf.export"));
        export.getElement().setAttribute("download", true);
        export.setEnabled(false);
        reports.setAllRowsVisible(true);
        reports.addColumn(r -> Labels.dateTime(r.runAt())).setHeader(getTranslation("rules.whatIf.runAt"));
        reports.addColumn(WhatIf.Report::runBy).setHeader(getTranslation("rules.whatIf.runBy"));
        reports.addColumn(r -> r.roundId() == null ? getTranslation("rules.whatIf.allOpen")
                : roundNames.getOrDefault(r.roundId(), String.valueOf(r.roundId()))).setHeader(getTranslation("rules.whatIf.round"));
        reports.addColumn(WhatIf.Report::screened).setHeader(getTranslation("rules.whatIf.screened"));
        reports.addColumn(WhatIf.Report::changed).setHeader(getTranslation("rules.whatIf.changed"));
        reports.addComponentColumn(r -> new Button(getTranslation("rules.whatIf.open"), e -> open(r)));
        reports.setEmptyStateText(getTranslation("rules.whatIf.noReports"));
        HorizontalLayout bar = new HorizontalLayout(round, start, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, progress, summary, changed, new H4(getTranslation("rules.whatIf.history")), reports);
    }

    void show(String draftName) {
        draft = draftName;
        current = null;
        changed.setItems(List.of());
        summary.setText("");
        progress.setVisible(false);
        export.setEnabled(false);
        showReports();
    }

    /** The stored reports of the version (the history). */
    void showReports() {
        reports.setItems(whatIf.reports(draft));
    }

    /** Opens a stored report: its changed cases in the list, ready to export. */
    void open(WhatIf.Report report) {
        List<WhatIf.Change> stored = whatIf.changesOf(draft, report.id());
        current = new WhatIf.Progress(-report.id(), draft, report.roundId(), report.screened(), report.screened(), true, null, stored);
        changed.setItems(stored);
        summary.setText(getTranslation("rules.whatIf.opened", Labels.dateTime(report.runAt()), report.runBy(),
                report.screened(), stored.size()));
        export.setEnabled(true);
    }

    private void start() {
        try {
            current = whatIf.start(draft, round.getValue() == null ? null : round.getValue().id());
            progress.setVisible(true);
            start.setEnabled(false);
            UI.getCurrent().setPollInterval(500);
            UI.getCurrent().addPollListener(e -> refresh());
            refresh();
        } catch (InvalidInputException ex) {
            FormErrors.notify(this, ex);
        }
    }

    /** Shows the run's progress; when it is finished, the changed cases (the screen polls; tests call it). */
    void refresh() {
        if (current == null) {
            return;
        }
        current = whatIf.progress(current.id()).orElse(current);
        progress.setValue(current.total() == 0 ? (current.finished() ? 1 : 0) : (double) current.done() / current.total());
        summary.setText(getTranslation("rules.whatIf.progress", current.done(), current.total(), current.changed().size()));
        if (current.finished()) {
            UI.getCurrent().setPollInterval(-1);
            start.setEnabled(true);
            progress.setVisible(false);
            changed.setItems(current.changed());
            export.setEnabled(true);
            showReports();
            if (current.failure() != null) {
                summary.setText(getTranslation("rules.whatIf.failed"));
            }
        }
    }

    boolean finished() {
        return current != null && current.finished();
    }

    private String outcome(boolean eligible, String level, String route) {
        return getTranslation(eligible ? "rules.answer.eligible" : "rules.answer.notEligible",
                level == null ? "—" : level, route == null ? "—" : route, "");
    }
}
