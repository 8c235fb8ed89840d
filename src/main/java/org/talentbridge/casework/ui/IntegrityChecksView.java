package org.talentbridge.casework.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.talentbridge.casework.IntegrityChecks;
import org.talentbridge.casework.IntegrityFlag;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Integrity officers: run the automatic integrity checks (rule I, I.1–I.5) on one case or several and read each
 * flag with its evidence. Reads only; the integrity review task of the process comes later.
 */
@Route("integrity/checks")
@Menu(order = 50, title = "nav.integrityChecks")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class IntegrityChecksView extends VerticalLayout implements HasDynamicTitle {

    final TextArea caseNumbers = new TextArea(getTranslation("integrityCheck.caseNumbers"));
    final Button run = new Button(getTranslation("integrityCheck.run"));
    final Grid<IntegrityFlag> grid = new Grid<>();
    final Paragraph clean = new Paragraph();
    private final FormErrors errors = new FormErrors(this);
    private final transient IntegrityChecks checks;

    public IntegrityChecksView(IntegrityChecks checks) {
        this.checks = checks;
        caseNumbers.setWidthFull();
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> check());
        errors.bind("caseNumbers", caseNumbers);
        grid.setAllRowsVisible(true);
        GridColumns.identifier(grid.addColumn(IntegrityFlag::caseNumber).setHeader(getTranslation("case.number")));
        grid.addColumn(f -> f.check().id() + " " + getTranslation(f.check().nameKey()))
                .setHeader(getTranslation("integrityCheck.check")).setFlexGrow(1);
        grid.addColumn(f -> getTranslation(f.messageKey(), f.arguments().toArray()))
                .setHeader(getTranslation("integrityCheck.evidence")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("integrityCheck.noFlags"));
        add(caseNumbers, run, clean, grid);
    }

    private void check() {
        errors.clear();
        List<String> numbers = Arrays.stream(caseNumbers.getValue().split("[\\s,;\\uFF0C\\uFF1B\\u3001]+")).filter(n -> !n.isBlank()).toList();
        try {
            Map<String, List<IntegrityFlag>> flags = checks.checkAll(numbers);
            grid.setItems(flags.values().stream().flatMap(List::stream).toList());
            List<String> withoutFlags = flags.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            clean.setText(withoutFlags.isEmpty() ? "" : getTranslation("integrityCheck.clean",
                    String.join(getTranslation("list.separator"), withoutFlags)));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.integrityChecks");
    }
}
