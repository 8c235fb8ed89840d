package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import org.talentbridge.monitoring.CaseStage;

/**
 * The stages of a case as a simple stepper in the reader's language: done (✓), now (●, bold), next (○). Each step
 * carries its state as a class ({@code case-stage-done}, {@code -now}, {@code -next}).
 */
@org.springframework.modulith.NamedInterface("case-stepper") // a screen part other modules' screens use: declared API
public class CaseStepper extends FlexLayout {

    public CaseStepper(List<CaseStage> stages) {
        addClassName("case-stepper");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        for (int i = 0; i < stages.size(); i++) {
            CaseStage stage = stages.get(i);
            String mark = switch (stage.state()) {
                case DONE -> "✓ ";
                case NOW -> "● ";
                case NEXT -> "○ ";
            };
            Span step = new Span(mark + getTranslation(stage.messageKey()));
            step.addClassName("case-stage-" + stage.state().name().toLowerCase(java.util.Locale.ROOT));
            step.getElement().setAttribute("title", getTranslation("caseStage.state." + stage.state()));
            step.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", switch (stage.state()) {
                        case DONE -> "var(--lumo-success-color-10pct)";
                        case NOW -> "var(--lumo-primary-color-10pct)";
                        case NEXT -> "var(--lumo-contrast-5pct)";
                    });
            if (stage.state() == CaseStage.State.NOW) {
                step.getStyle().set("font-weight", "bold");
            }
            add(step);
            if (i < stages.size() - 1) {
                add(new Span("→"));
            }
        }
    }

    /** The steps' texts (for tests and screen readers). */
    public List<String> texts() {
        return getChildren().filter(c -> c instanceof Span s && !"→".equals(s.getText())).map(c -> ((Span) c).getText()).toList();
    }
}
