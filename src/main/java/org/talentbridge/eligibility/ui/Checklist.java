package org.talentbridge.eligibility.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.talentbridge.eligibility.Check;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.eligibility.TitleScreeningResult;

/**
 * A screening as a rule-by-rule checklist (met / not met / pending, with its evidence), headed by the
 * decision and the rules version that made it. Used on case pages and in the applicant's self-check.
 */
@org.springframework.modulith.NamedInterface("checklist") // a screen part other modules' screens use: declared API
public class Checklist extends VerticalLayout {

    final Paragraph verdict = new Paragraph();
    final Grid<Check> grid = new Grid<>();
    final Span rulesVersion = new Span();

    public Checklist(ScreeningMessages messages) {
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.addColumn(Check::rule).setHeader(getTranslation("checklist.rule")).setWidth("6em").setFlexGrow(0);
        grid.addColumn(c -> getTranslation("checklist." + c.outcome().name())).setHeader(getTranslation("checklist.outcome"))
                .setWidth("8em").setFlexGrow(0).setPartNameGenerator(c -> c.outcome().name().toLowerCase());
        grid.addColumn(c -> messages.render(c, getLocale())).setHeader(getTranslation("checklist.evidence")).setFlexGrow(1);
        rulesVersion.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(verdict, grid, rulesVersion);
    }

    public void show(TitleScreeningResult result) {
        String level = result.maxLevel() == null ? getTranslation("profile.none") : getTranslation(result.maxLevel().messageKey());
        verdict.setText(getTranslation(result.eligible() ? "checklist.eligible" : "checklist.ineligible", level));
        verdict.getStyle().set("font-weight", "bold")
                .set("color", result.eligible() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        show(result.checks(), result.rulesVersion());
    }

    /**
     * The screening of a case that has ended, as history (issue 12, item 9): "at screening on …" in plain colour, so
     * that it never reads as where the case stands now.
     */
    public void showAsHistory(TitleScreeningResult result, String screenedAt) {
        String level = result.maxLevel() == null ? getTranslation("profile.none") : getTranslation(result.maxLevel().messageKey());
        verdict.setText(getTranslation(result.eligible() ? "checklist.history.eligible" : "checklist.history.ineligible",
                level, screenedAt));
        verdict.getStyle().set("font-weight", "normal").set("color", "var(--lumo-secondary-text-color)");
        show(result.checks(), result.rulesVersion());
    }

    private void show(List<Check> checks, String version) {
        grid.setItems(checks);
        rulesVersion.setText(getTranslation("checklist.rulesVersion", version));
    }

    public List<Check> shown() {
        return grid.getListDataView().getItems().toList();
    }
}
