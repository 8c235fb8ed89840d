package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.Labels;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.skilleval.SkillScreeningRecord;

/** The screening of a skill case: the verdict, every check with its rule and evidence, and the rules version. */
class SkillChecklist extends VerticalLayout {

    final Paragraph verdict = new Paragraph();
    final Grid<Check> grid = new Grid<>();
    private final Span rulesVersion = new Span();

    SkillChecklist(ScreeningMessages messages, SkillScreeningRecord record) {
        this(messages, record, false);
    }

    /** With {@code history}: the screening of an ended case, "at screening on …" in plain colour (issue 12, item 9). */
    SkillChecklist(ScreeningMessages messages, SkillScreeningRecord record, boolean history) {
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.addColumn(Check::rule).setHeader(getTranslation("checklist.rule")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("checklist." + c.outcome().name())).setHeader(getTranslation("checklist.outcome"))
                .setWidth("8em").setFlexGrow(0).setPartNameGenerator(c -> c.outcome().name().toLowerCase());
        grid.addColumn(c -> messages.render(c, getLocale())).setHeader(getTranslation("checklist.evidence")).setFlexGrow(1);
        if (history) {
            verdict.setText(getTranslation(record.eligible() ? "skilleval.screening.history.eligible"
                    : "skilleval.screening.history.ineligible", Labels.dateTime(record.screenedAt())));
            verdict.getStyle().set("color", "var(--lumo-secondary-text-color)");
        } else {
            verdict.setText(getTranslation(!record.eligible() ? "skilleval.screening.ineligible"
                    : record.direct() ? "skilleval.screening.eligibleDirect" : "skilleval.screening.eligible"));
            verdict.getStyle().set("font-weight", "bold")
                    .set("color", record.eligible() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        }
        grid.setItems(record.checks());
        rulesVersion.setText(getTranslation("checklist.rulesVersion", record.rulesVersion()));
        rulesVersion.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(verdict, grid, rulesVersion);
    }
}
