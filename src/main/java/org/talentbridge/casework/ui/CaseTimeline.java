package org.talentbridge.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.talentbridge.casework.TimelineEntry;
import org.talentbridge.shared.ui.Labels;

/** A case's timeline: steps from the engine's history and decisions with their reasons, oldest first. */
class CaseTimeline extends VerticalLayout {

    final Grid<TimelineEntry> grid = new Grid<>();

    /** The reason of a decision; for a task, when it was done or that it is still open. */
    private String detail(TimelineEntry e) {
        if (e.detail() != null) {
            return e.detail();
        }
        if (!e.messageKey().startsWith("timeline.Task_")) {
            return "";
        }
        return e.ended() == null ? getTranslation("timeline.open") : getTranslation("timeline.endedAt", Labels.dateTime(e.ended()));
    }

    CaseTimeline(List<TimelineEntry> entries) {
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> Labels.dateTime(e.at())).setHeader(getTranslation("timeline.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation(e.messageKey())).setHeader(getTranslation("timeline.what")).setFlexGrow(2);
        grid.addColumn(e -> e.actor() == null ? "" : e.actorIsRoleKey() ? getTranslation(e.actor()) : e.actor())
                .setHeader(getTranslation("timeline.who"));
        grid.addColumn(this::detail)
                .setHeader(getTranslation("timeline.detail")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("case.timeline.empty"));
        grid.setItems(entries);
        add(new H3(getTranslation("case.timeline")), grid);
    }
}
