package org.talentbridge.skilleval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.function.Supplier;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.skilleval.EvaluationGoneException;
import org.talentbridge.skilleval.EvaluationRow;
import org.talentbridge.skilleval.SkillCaseSummary;

/**
 * The head of an evaluator's task screen ({@link EvaluationView}, S3; {@link AdmissionReviewView}, S5): the case's
 * number, applicant, occupation, level and organisation, and the link to the case page. Its static helpers are the
 * rest the two screens share: loading the task (or saying it is gone) and carrying out the decision.
 */
class EvaluationCaseHeader extends VerticalLayout {

    EvaluationCaseHeader(SkillCaseSummary s) {
        setPadding(false);
        setWidthFull();
        add(new FormLayout(Labels.readOnly(this, "case.number", s.caseNumber()),
                        Labels.readOnly(this, "field.displayName", s.applicantName()),
                        Labels.readOnly(this, "field.idNumber", s.applicantIdMasked()),
                        Labels.readOnly(this, "field.occupation", s.occupationName()),
                        Labels.readOnly(this, "skilleval.targetLevel", getTranslation(s.targetLevel().messageKey())),
                        Labels.readOnly(this, "skilleval.case.organisation", s.organisationName())),
                new Anchor("skill/cases/" + s.caseNumber(), getTranslation("task.casePage")));
    }

    /**
     * Empties {@code screen} and reads its task; a task that is gone (decided meanwhile, or not this organisation's)
     * leaves the screen saying so, with the way back to the inbox, and nothing to show.
     */
    static Optional<EvaluationRow> load(VerticalLayout screen, Supplier<EvaluationRow> task) {
        screen.removeAll();
        try {
            return Optional.of(task.get());
        } catch (EvaluationGoneException e) {
            screen.add(new Paragraph(screen.getTranslation("inbox.gone")),
                    new Anchor("skill/evaluations", screen.getTranslation("task.back")));
            return Optional.empty();
        }
    }

    /**
     * Carries out the decision: done, the case's new status is announced and the inbox opens; bad input shows on its
     * fields; a task gone meanwhile is announced and {@code reshow} runs.
     */
    static void decide(Component screen, FormErrors errors, Supplier<SkillCaseSummary> decision, Runnable reshow) {
        try {
            errors.clear();
            SkillCaseSummary done = decision.get();
            Notification.show(screen.getTranslation("skilleval.evaluation.done", done.caseNumber(),
                    screen.getTranslation(done.status().messageKey())), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(EvaluationInboxView.class);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (EvaluationGoneException e) {
            Notification.show(screen.getTranslation("inbox.gone"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            reshow.run();
        }
    }
}
