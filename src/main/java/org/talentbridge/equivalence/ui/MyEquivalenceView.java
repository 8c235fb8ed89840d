package org.talentbridge.equivalence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
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
 * The applicant's exam-registration equivalence confirmations (pathway Q): the school class their profile records,
 * a request for an exam, the answer at once, and their requests with each confirmation's PDF and verify link.
 */
@Route("equivalence")
@Menu(order = 34, title = "equivalence.nav.mine")
@RolesAllowed("APPLICANT")
public class MyEquivalenceView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField schoolClass = new TextField(getTranslation("equivalence.schoolClass"));
    final Select<ExamField> examField = Labels.enumSelect(this, "field.examField", ExamField.class, ExamField::messageKey);
    final Button submit = new Button(getTranslation("equivalence.submit"));
    final Paragraph answer = new Paragraph();
    final EquivalenceGrid grid;
    private final FormErrors errors = new FormErrors(this);
    private final transient EquivalenceService equivalence;

    public MyEquivalenceView(EquivalenceService equivalence) {
        this.equivalence = equivalence;
        setMaxWidth("90em");
        schoolClass.setReadOnly(true);
        errors.bind("examField", examField);
        grid = new EquivalenceGrid(equivalence, false);
        answer.setVisible(false);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                EquivalenceConfirmation c = equivalence.requestForMyself(examField.getValue());
                errors.clear();
                answer.setText(EquivalenceText.answer(this, c));
                answer.getStyle().set("color", c.granted() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
                answer.setVisible(true);
                grid.setItems(equivalence.mine());
            } catch (InvalidInputException ex) {
                errors.show(ex);
                answer.setVisible(false);
            }
        });
        add(new Paragraph(getTranslation("equivalence.mine.intro")), new FormLayout(schoolClass, examField),
                new Anchor("profile", getTranslation("equivalence.toProfile")), submit, answer, grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        schoolClass.setValue(equivalence.mySchoolClass().map(c -> getTranslation(c.messageKey()))
                .orElseGet(() -> getTranslation("equivalence.schoolClass.none")));
        grid.setItems(equivalence.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("equivalence.nav.mine");
    }
}
