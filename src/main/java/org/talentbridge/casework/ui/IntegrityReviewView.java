package org.talentbridge.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.IntegrityDecision;
import org.talentbridge.casework.IntegrityFlag;
import org.talentbridge.casework.IntegrityReviewService;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.shared.ui.FormErrors;

/**
 * Integrity review of one case the panel passed: the evidence beside the flags the checks found; clear them with a
 * reason (the case is published) or refer the case for investigation (it is held).
 */
@Route("integrity/review")
@RolesAllowed("INTEGRITY_OFFICER")
public class IntegrityReviewView extends TaskScreen {

    private final transient IntegrityReviewService reviews;
    final Grid<IntegrityFlag> flags = new Grid<>();
    final TextArea reason = new TextArea();
    final Button clear = new Button();
    final Button refer = new Button();

    public IntegrityReviewView(TitleCaseService cases, ScreeningMessages messages, IntegrityReviewService reviews) {
        super(cases, messages, "integrity/reviews");
        this.reviews = reviews;
        flags.addColumn(f -> f.check().id() + " " + getTranslation(f.check().nameKey())).setHeader(getTranslation("integrityReview.flags"));
        flags.addColumn(f -> getTranslation(f.messageKey(), f.arguments().toArray())).setFlexGrow(3);
        flags.setAllRowsVisible(true);
        flags.setEmptyStateText(getTranslation("integrityReview.noFlags"));
    }

    @Override
    protected InboxRow row(String taskId) {
        return reviews.row(taskId);
    }

    @Override
    protected Component decisionForm(InboxRow row, CaseDetails details) {
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        flags.setItems(reviews.flags(taskId));
        reason.setLabel(getTranslation("field.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        clear.setText(getTranslation("integrityDecision.CLEAR"));
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.setText(getTranslation("integrityDecision.REFER"));
        refer.addThemeVariants(ButtonVariant.LUMO_ERROR);
        clear.addClickListener(e -> act(() -> reviews.decide(taskId, IntegrityDecision.CLEAR, reason.getValue()),
                "integrityReview.cleared", errors));
        refer.addClickListener(e -> act(() -> reviews.decide(taskId, IntegrityDecision.REFER, reason.getValue()),
                "integrityReview.referred", errors));
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("integrityReview.flags")), flags,
                new H3(getTranslation("integrityReview.decision")), reason, new HorizontalLayout(clear, refer));
        form.setPadding(false);
        return form;
    }
}
