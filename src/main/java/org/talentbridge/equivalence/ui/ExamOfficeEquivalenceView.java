package org.talentbridge.equivalence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.equivalence.EquivalenceConfirmation;
import org.talentbridge.equivalence.EquivalenceService;
import org.talentbridge.equivalence.ExamField;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Exam offices (考试机构): request a confirmation for a registered applicant by ID number, and look up every request
 * (a page at a time; ID numbers masked) by request, confirmation or ID number, or by name.
 */
@Route("equivalence/office")
@Menu(order = 70, title = "equivalence.nav.office")
@RolesAllowed("EXAM_OFFICE")
public class ExamOfficeEquivalenceView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField idNumber = new TextField(getTranslation("field.idNumber"));
    final Select<ExamField> examField = Labels.enumSelect(this, "field.examField", ExamField.class, ExamField::messageKey);
    final Button submit = new Button(getTranslation("equivalence.submit"));
    final Paragraph answer = new Paragraph();
    final TextField filter = new TextField(getTranslation("equivalence.office.filter"));
    final EquivalenceGrid grid;
    private final FormErrors errors = new FormErrors(this);
    private final transient EquivalenceService equivalence;

    public ExamOfficeEquivalenceView(EquivalenceService equivalence) {
        this.equivalence = equivalence;
        setMaxWidth("100em");
        errors.bind("idNumber", idNumber).bind("examField", examField);
        grid = new EquivalenceGrid(equivalence, true);
        answer.setVisible(false);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                EquivalenceConfirmation c = equivalence.requestFor(idNumber.getValue(), examField.getValue());
                errors.clear();
                answer.setText(c.personName() + " " + c.personIdMasked() + " — " + EquivalenceText.answer(this, c));
                answer.getStyle().set("color", c.granted() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
                answer.setVisible(true);
                filter.setValue(c.requestNumber());
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
                answer.setVisible(false);
            }
        });
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        add(new Paragraph(getTranslation("equivalence.office.intro")), new FormLayout(idNumber, examField), submit, answer,
                filter, grid);
    }

    private void refresh() {
        String text = filter.getValue();
        grid.setItems(query -> equivalence.page(text, query.getOffset(), query.getLimit()).stream(),
                query -> equivalence.count(text));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equivalence.nav.office");
    }
}
