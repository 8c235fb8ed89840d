package org.talentbridge.investigation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.talentbridge.investigation.InvestigationProperties;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.StatementRequestView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The applicant's open requests for a statement (an integrity investigation asks them to explain): the question and the
 * deadline, and where to answer. They see nothing else of the investigation.
 */
@Route("integrity/statements")
@Menu(order = 33, title = "nav.statements")
@RolesAllowed("APPLICANT")
public class StatementsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Paragraph empty = new Paragraph(getTranslation("investigation.statementsEmpty"));
    /** One answer form per open request, in the order shown. */
    final List<Answer> answers = new ArrayList<>();
    private final transient InvestigationService service;
    private final InvestigationProperties limits;

    public StatementsView(InvestigationService service, InvestigationProperties limits) {
        this.service = service;
        this.limits = limits;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        show();
    }

    private void show() {
        removeAll();
        answers.clear();
        add(new Paragraph(getTranslation("investigation.statementsHelp")));
        List<StatementRequestView> requests = service.myStatementRequests();
        if (requests.isEmpty()) {
            add(empty);
        }
        requests.forEach(r -> {
            Answer answer = new Answer(r);
            answers.add(answer);
            add(answer);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statements");
    }

    /** One request: the question, the deadline and the answer. */
    class Answer extends VerticalLayout {

        final TextArea statement = new TextArea(getTranslation("investigation.yourStatement"));
        final Button submit = new Button(getTranslation("investigation.submitStatement"));

        Answer(StatementRequestView request) {
            setPadding(false);
            statement.setMaxLength(limits.maxTextLength());
            statement.setWidthFull();
            statement.setRequiredIndicatorVisible(true);
            FormErrors errors = new FormErrors(this).bind("statement", statement).bind("number", statement);
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClickListener(e -> {
                errors.clear();
                try {
                    service.submitStatement(request.investigationNumber(), statement.getValue());
                } catch (InvalidInputException ex) {
                    errors.show(ex);
                    return;
                }
                Notification.show(getTranslation("investigation.statementSent"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            });
            add(new H3(getTranslation("investigation.statementRequest", request.investigationNumber())),
                    new Paragraph(getTranslation("investigation.statementQuestion", request.question())),
                    new Paragraph(getTranslation("investigation.statementDeadline", Labels.dateTime(request.due()))),
                    statement, submit);
        }
    }
}
