package org.talentbridge.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.ReviewDecision;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.shared.ui.FormErrors;

/**
 * Qualification review of one case: the evidence beside the screening checklist. Claim the task, then approve,
 * return for correction or reject (the last two with a reason the applicant reads), or release it.
 */
@Route("review")
@RolesAllowed({"REVIEWER", "ADMIN"})
public class ReviewView extends TaskScreen {

    private final transient ReviewInboxService inbox;
    private final transient CurrentUser currentUser;
    final TextArea reason = new TextArea();
    final Button claim = new Button();
    final Button approve = new Button();
    final Button giveBack = new Button();
    final Button reject = new Button();
    final Button release = new Button();
    /** The items whose documents a return asks the applicant to replace (issue 15 item 4). */
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<org.talentbridge.casefile.ItemRef> replace =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();

    public ReviewView(TitleCaseService cases, ScreeningMessages messages, ReviewInboxService inbox, CurrentUser currentUser) {
        super(cases, messages, "inbox");
        this.inbox = inbox;
        this.currentUser = currentUser;
    }

    @Override
    protected InboxRow row(String taskId) {
        return inbox.row(taskId);
    }

    @Override
    protected Component decisionForm(InboxRow row, CaseDetails details) {
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        reason.setLabel(getTranslation("field.reason"));
        reason.setHelperText(getTranslation("inbox.reason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        claim.setText(getTranslation("inbox.claim"));
        approve.setText(getTranslation("inbox.approve"));
        giveBack.setText(getTranslation("reviewDecision.RETURN"));
        reject.setText(getTranslation("reviewDecision.REJECT"));
        release.setText(getTranslation("inbox.unclaim"));
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(getTranslation("review.decision")));
        boolean mine = currentUser.require().username().equals(row.assignee());
        if (!mine) {
            claim.addClickListener(e -> act(() -> inbox.claim(taskId), "inbox.claimed", errors, false));
            form.add(claim);
            return form;
        }
        approve.addClickListener(e -> act(() -> inbox.approve(taskId), "inbox.approved", errors));
        String caseNumber = row.summary().caseNumber();
        replace.setLabel(getTranslation("casefile.replaceOnReturn"));
        replace.setItems(caseFile.documents().stream().map(org.talentbridge.casefile.CaseDocument::item).distinct().toList());
        replace.setItemLabelGenerator(item -> CaseFileLabels.label(this, details.evidence(), item));
        replace.setWidthFull();
        giveBack.addClickListener(e -> act(() -> {
            inbox.decide(taskId, ReviewDecision.RETURN, reason.getValue());
            caseFiles.requestReplacement(caseNumber, java.util.List.copyOf(replace.getValue()));
        }, "review.returned", errors));
        reject.addClickListener(e -> act(() -> inbox.decide(taskId, ReviewDecision.REJECT, reason.getValue()),
                "review.rejected", errors));
        release.addClickListener(e -> act(() -> inbox.unclaim(taskId), "inbox.released", errors));
        form.add(reason, replace, new HorizontalLayout(approve, giveBack, reject, release));
        return form;
    }
}
