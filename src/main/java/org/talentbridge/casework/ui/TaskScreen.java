package org.talentbridge.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.TaskClaimedException;
import org.talentbridge.casework.TaskGoneException;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.eligibility.ui.Checklist;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * A screen for one task of a case: the evidence frozen with the case on the left, and on the right the case, its
 * screening checklist and the decision the task asks for. A task that is gone (decided meanwhile) says so and
 * offers the way back to the list.
 */
abstract class TaskScreen extends SplitLayout implements HasUrlParameter<String>, HasDynamicTitle {

    protected final transient TitleCaseService cases;
    private final transient ScreeningMessages messages;
    private final String backRoute;
    protected String taskId;
    private String title = "";
    /** The right-hand side: the case, the checklist, the decision. */
    final VerticalLayout decision = new VerticalLayout();

    /** The case file beside the checklist (issue 15); set by Spring, so that no subclass's constructor changes. */
    protected transient org.talentbridge.casefile.CaseFileService caseFiles;
    /** The case file shown beside the checklist (null before the task is shown). */
    protected org.talentbridge.casefile.ui.CaseFilePanel caseFile;

    @org.springframework.beans.factory.annotation.Autowired
    void caseFiles(org.talentbridge.casefile.CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    TaskScreen(TitleCaseService cases, ScreeningMessages messages, String backRoute) {
        this.cases = cases;
        this.messages = messages;
        this.backRoute = backRoute;
        setSizeFull();
        setSplitterPosition(55);
    }

    /** The open task (TaskGoneException when it was decided or is not the viewer's to see). */
    protected abstract InboxRow row(String taskId);

    /** The decision part of the right-hand side. */
    protected abstract Component decisionForm(InboxRow row, CaseDetails details);

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        show();
    }

    /** (Re)draws the screen from the task as it is now. */
    protected void show() {
        decision.removeAll();
        InboxRow row;
        try {
            row = row(taskId);
        } catch (TaskGoneException e) {
            addToPrimary(new Paragraph(""));
            decision.add(new Paragraph(getTranslation("inbox.gone")), new Anchor(backRoute, getTranslation("task.back")));
            addToSecondary(decision);
            return;
        }
        CaseSummary s = row.summary();
        title = s.caseNumber();
        Optional<CaseDetails> details = cases.details(s.caseNumber());
        if (details.isEmpty()) {
            decision.add(new Paragraph(getTranslation("case.notFound", s.caseNumber())));
            addToSecondary(decision);
            return;
        }
        FormLayout head = new FormLayout(
                readOnly("case.number", s.caseNumber()), readOnly("field.displayName", s.applicantName()),
                readOnly("field.idNumber", s.applicantIdMasked()), readOnly("field.occupation", s.occupationName()),
                readOnly("field.series", s.series() == null ? getTranslation("case.seriesPending") : s.series()),
                readOnly("field.targetLevel", getTranslation(s.targetLevel().messageKey())),
                readOnly("inbox.due", row.due() == null ? "" : Labels.dateTime(row.due())
                        + (row.provisional() ? getTranslation("calendar.provisional") : "") + (row.overdue() ? getTranslation("inbox.overdueMark") : "")),
                readOnly("inbox.assignee", row.assignee() == null ? getTranslation("inbox.unclaimed") : row.assignee()));
        decision.add(new H3(row.taskName()), head, new Anchor("cases/" + s.caseNumber(), getTranslation("task.casePage")));
        decision.add(new H3(getTranslation("case.screening")));
        details.get().screening().ifPresentOrElse(sr -> {
            Checklist checklist = new Checklist(messages);
            checklist.show(sr.result());
            decision.add(checklist);
        }, () -> decision.add(new Paragraph(getTranslation("case.screening.none"))));
        caseFile = CaseFileLabels.panel(this, caseFiles, s.caseNumber(), details.get().evidence());
        decision.add(caseFile);
        decision.add(decisionForm(row, details.get()));
        VerticalLayout evidence = new VerticalLayout(new CaseEvidence(details.get().evidence()));
        evidence.setPadding(true);
        addToPrimary(evidence);
        addToSecondary(decision);
    }

    /**
     * Runs a decision: done → a notice and back to the list; refused input → the field's message; someone else
     * holds or decided the task → said plainly, and the screen shows the task as it is now.
     */
    protected void act(Runnable action, String doneKey, FormErrors errors) {
        act(action, doneKey, errors, true);
    }

    /** As {@link #act(Runnable, String, FormErrors)}; {@code backToList} false stays here (after claiming, say). */
    protected void act(Runnable action, String doneKey, FormErrors errors, boolean backToList) {
        try {
            errors.clear();
            action.run();
            Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (backToList) {
                UI.getCurrent().navigate(backRoute);
            } else {
                show();
            }
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (TaskClaimedException e) {
            Notification.show(getTranslation("inbox.claimedByOther", e.getHolder(), e.getHolderUsername()), 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            show();
        } catch (TaskGoneException e) {
            Notification.show(getTranslation("inbox.gone"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            show();
        }
    }

    private TextField readOnly(String labelKey, String value) {
        return Labels.readOnly(this, labelKey, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.title", title);
    }
}
