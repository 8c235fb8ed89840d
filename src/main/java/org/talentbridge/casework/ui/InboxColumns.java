package org.talentbridge.casework.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.shared.ui.Labels;

/** The columns every task list of cases shows: case, applicant (ID masked), occupation, level, task, due. */
final class InboxColumns {

    private InboxColumns() {
    }

    static void add(Grid<InboxRow> grid) {
        GridColumns.identifier(grid.addComponentColumn(r -> new Anchor("cases/" + r.summary().caseNumber(), r.summary().caseNumber())))
                .setHeader(grid.getTranslation("case.number")).setAutoWidth(true);
        grid.addColumn(r -> r.summary().applicantName()).setHeader(grid.getTranslation("field.displayName"));
        grid.addColumn(r -> r.summary().applicantIdMasked()).setHeader(grid.getTranslation("field.idNumber"));
        grid.addColumn(r -> r.summary().occupationName()).setHeader(grid.getTranslation("field.occupation"));
        grid.addColumn(r -> grid.getTranslation(r.summary().targetLevel().messageKey())).setHeader(grid.getTranslation("field.targetLevel"));
        grid.addColumn(InboxRow::taskName).setHeader(grid.getTranslation("inbox.task"));
        grid.addColumn(r -> Labels.dateTime(r.created())).setHeader(grid.getTranslation("inbox.created"));
        grid.addColumn(r -> r.due() == null ? "" : Labels.dateTime(r.due())
                        + (r.provisional() ? grid.getTranslation("calendar.provisional") : "") + (r.overdue() ? grid.getTranslation("inbox.overdueMark") : ""))
                .setHeader(grid.getTranslation("inbox.due")).setKey("due");
        grid.setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
    }
}
