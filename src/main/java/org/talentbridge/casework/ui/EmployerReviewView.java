package org.talentbridge.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.EmployerConfirmation;
import org.talentbridge.casework.EmployerReviewService;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.shared.ui.FormErrors;

/**
 * Employer review of one case of the employer's own staff: the evidence beside the checklist; confirm the work
 * history and the annual assessments (and the post, for staff on a public institution's establishment, rule E),
 * or return the case to the applicant with a reason.
 */
@Route("employer/review")
@RolesAllowed("EMPLOYER_REVIEWER")
public class EmployerReviewView extends TaskScreen {

    private final transient EmployerReviewService reviews;
    final Checkbox workHistory = new Checkbox();
    final Checkbox assessments = new Checkbox();
    final TextField post = new TextField();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button giveBack = new Button();

    public EmployerReviewView(TitleCaseService cases, ScreeningMessages messages, EmployerReviewService reviews) {
        super(cases, messages, "employer/reviews");
        this.reviews = reviews;
    }

    @Override
    protected InboxRow row(String taskId) {
        return reviews.row(taskId);
    }

    @Override
    protected Component decisionForm(InboxRow row, CaseDetails details) {
        FormErrors errors = new FormErrors(this).bind("reason", reason).bind("postConfirmation", post)
                .bind("workHistoryConfirmed", workHistory).bind("assessmentsConfirmed", assessments);
        workHistory.setLabel(getTranslation("employerReview.workHistory"));
        assessments.setLabel(getTranslation("employerReview.assessments"));
        post.setLabel(getTranslation("field.postConfirmation"));
        post.setHelperText(getTranslation("employerReview.post.help"));
        post.setMaxLength(200);
        post.setWidthFull();
        reason.setLabel(getTranslation("field.reason"));
        reason.setHelperText(getTranslation("inbox.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        confirm.setText(getTranslation("employerDecision.CONFIRM"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        giveBack.setText(getTranslation("employerDecision.RETURN"));

        VerticalLayout form = new VerticalLayout(new H3(getTranslation("employerReview.decision")),
                new Paragraph(getTranslation("employerReview.help")), workHistory, assessments);
        form.setPadding(false);
        boolean postNeeded = details.evidence().publicInstitutionStaff();
        if (postNeeded) {
            form.add(post);
        }
        confirm.addClickListener(e -> act(() -> reviews.confirm(taskId, new EmployerConfirmation(workHistory.getValue(),
                assessments.getValue(), postNeeded ? post.getValue() : null)), "employerReview.confirmed", errors));
        giveBack.addClickListener(e -> act(() -> reviews.returnToApplicant(taskId, reason.getValue()),
                "employerReview.returned", errors));
        form.add(new HorizontalLayout(confirm), reason, new HorizontalLayout(giveBack));
        return form;
    }
}
