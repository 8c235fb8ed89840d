package org.talentbridge.investigation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.talentbridge.investigation.InvestigationProperties;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.ReportRequest;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Any staff member reports a suspected integrity problem (issue 6): the person, the cases and certificates concerned
 * (numbers separated by commas or spaces) and what is alleged. An integrity officer lands on the new investigation;
 * other staff see its number.
 */
@Route("integrity/report")
@Menu(order = 51.4, title = "nav.investigationReport")
@RolesAllowed({"REVIEWER", "COMMITTEE_MEMBER", "COMMITTEE_SECRETARY", "INTEGRITY_OFFICER", "ADMIN", "EMPLOYER_REVIEWER"})
public class ReportView extends VerticalLayout implements HasDynamicTitle {

    final TextField idNumber = new TextField(getTranslation("field.idNumber"));
    final TextField personName = new TextField(getTranslation("field.personName"));
    final TextField caseNumbers = new TextField(getTranslation("investigation.caseNumbers"));
    final TextField certificateNumbers = new TextField(getTranslation("investigation.certificateNumbers"));
    final TextArea allegation = new TextArea(getTranslation("investigation.allegation"));
    final Button submit = new Button(getTranslation("investigation.submitReport"));
    final Paragraph confirmation = new Paragraph();

    public ReportView(InvestigationService service, InvestigationProperties limits, AuthenticationContext authentication) {
        boolean officer = authentication.hasRole("INTEGRITY_OFFICER");
        idNumber.setMaxLength(18);
        idNumber.setRequiredIndicatorVisible(true);
        personName.setMaxLength(100);
        personName.setRequiredIndicatorVisible(true);
        caseNumbers.setHelperText(getTranslation("investigation.numbersHelp"));
        certificateNumbers.setHelperText(getTranslation("investigation.numbersHelp"));
        allegation.setMaxLength(limits.maxTextLength());
        allegation.setRequiredIndicatorVisible(true);
        allegation.setWidthFull();
        confirmation.setVisible(false);
        FormErrors errors = new FormErrors(this).bind("idNumber", idNumber).bind("personName", personName)
                .bind("caseNumbers", caseNumbers).bind("certificateNumbers", certificateNumbers).bind("allegation", allegation);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            errors.clear();
            String number;
            try {
                number = service.report(new ReportRequest(idNumber.getValue(), personName.getValue(),
                        numbers(caseNumbers.getValue()), numbers(certificateNumbers.getValue()), allegation.getValue()));
            } catch (InvalidInputException ex) {
                errors.show(ex);
                return;
            }
            if (officer) {
                getUI().ifPresent(ui -> ui.navigate(InvestigationPage.class, number));
                return;
            }
            confirmation.setText(getTranslation("investigation.reported", number));
            confirmation.setVisible(true);
            idNumber.clear();
            personName.clear();
            caseNumbers.clear();
            certificateNumbers.clear();
            allegation.clear();
        });
        add(new Paragraph(getTranslation("investigation.reportHelp")),
                new FormLayout(idNumber, personName, caseNumbers, certificateNumbers), allegation, submit, confirmation);
    }

    /** Numbers typed separated by commas (either width), semicolons or white space. */
    static List<String> numbers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,;\\uFF0C\\uFF1B\\u3001]+")).filter(s -> !s.isBlank()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.investigationReport");
    }
}
