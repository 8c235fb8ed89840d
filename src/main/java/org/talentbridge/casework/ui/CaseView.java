package org.talentbridge.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.shared.validation.InvalidInputException;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.casework.CaseDetails;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.CaseTimelineService;
import org.talentbridge.casework.NextStep;
import org.talentbridge.casework.TimelineEntry;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.eligibility.ui.Checklist;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.monitoring.CasePosition;
import org.talentbridge.monitoring.ui.BpmnDiagram;
import org.talentbridge.monitoring.ui.CaseStepper;

/** A case page: where the case stands and the evidence frozen at submission. Applicants see only their own. */
@Route("cases")
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient TitleCaseService cases;
    private final transient ScreeningMessages messages;
    private final transient CaseTimelineService timeline;
    private final transient CasePosition position;
    /** The stages as a stepper (done, now, next), under the head; for staff also the diagram (null for applicants). */
    CaseStepper stepper;
    BpmnDiagram diagram;
    /** What is expected now (for tests and for the eye: it sits right under the case's head). */
    Paragraph nextStep;
    /** How an ended case ended, first under its head (null while the case runs). */
    Paragraph ending;
    /** The screening on show (null when there is none). */
    Checklist checklist;
    private String title = "";
    /** The open withdrawal dialog and its fields (null until asked). */
    Dialog withdrawDialog;
    TextArea withdrawReason;
    Button withdrawConfirm;

    private final CaseFileService caseFiles;

    public CaseView(TitleCaseService cases, ScreeningMessages messages, CaseTimelineService timeline, CasePosition position,
                    CaseFileService caseFiles) {
        this.position = position;
        this.caseFiles = caseFiles;
        this.timeline = timeline;
        this.cases = cases;
        this.messages = messages;
        setMaxWidth("80em");
    }

    @Override
    public void setParameter(BeforeEvent event, String caseNumber) {
        removeAll();
        title = caseNumber;
        Optional<CaseDetails> found;
        try {
            found = cases.details(caseNumber);
        } catch (AccessDeniedException e) {
            // the same answer as for a case that does not exist: case numbers are not to be probed
            add(new Paragraph(getTranslation("case.notFound", caseNumber)));
            return;
        }
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("case.notFound", caseNumber)));
            return;
        }
        show(found.get());
    }

    /** Where the case is (issue 16, item 8): the stepper for everyone who may see the case, the diagram for staff. */
    private void showPosition(CaseDetails details) {
        stepper = new CaseStepper(position.stepper(details.processInstanceId()));
        add(stepper);
        diagram = null;
        if (!details.viewerIsApplicant()) {
            try {
                position.diagram(details.processInstanceId()).ifPresent(d -> {
                    diagram = new BpmnDiagram();
                    diagram.show(d.bpmnXml(), d.passed(), d.current());
                    add(diagram);
                });
            } catch (AccessDeniedException notStaff) {
                diagram = null;
            }
        }
    }

    private void show(CaseDetails details) {
        ending = null;
        checklist = null;
        CaseSummary s = details.summary();
        FormLayout head = new FormLayout(
                readOnly("case.number", s.caseNumber()),
                readOnly("case.status", getTranslation(s.status().messageKey())),
                readOnly("field.displayName", s.applicantName()),
                readOnly("field.idNumber", s.applicantIdMasked()),
                readOnly("field.occupation", s.occupationName()),
                readOnly("field.series", s.series() == null ? getTranslation("case.seriesPending") : s.series()),
                readOnly("field.targetLevel", getTranslation(s.targetLevel().messageKey())),
                readOnly("case.submittedAt", Labels.dateTime(s.submittedAt())),
                readOnly("field.roundId", s.roundName()));
        add(head);
        showPosition(details);
        boolean ended = !s.status().isActive();
        List<TimelineEntry> steps = timeline.timeline(s.caseNumber());
        NextStep next = timeline.nextStep(s.caseNumber());
        nextStep = new Paragraph(getTranslation(next.messageKey(), next.args().toArray()));
        nextStep.addClassName(next.viewerMustAct() ? "next-step-act" : "next-step");
        if (ended) {
            // an ended case says first how it ended and when (issue 12, item 9)
            ending = new Paragraph(endedAt(steps).map(at -> getTranslation("case.ending.at", getTranslation(s.status().messageKey()),
                    Labels.dateTime(at))).orElse(getTranslation(s.status().messageKey())));
            ending.addClassName("case-ending");
            ending.getStyle().set("font-weight", "bold");
            add(new H3(getTranslation("case.ending")), ending, nextStep);
        } else {
            add(new H3(getTranslation("case.nextStep")), nextStep);
        }
        details.correction().ifPresent(c -> {
            add(new H3(getTranslation("case.correction")),
                    new Paragraph(getTranslation("case.correction.reason", c.reason())),
                    new Paragraph(getTranslation("case.correction.deadline", Labels.dateTime(c.deadline()))));
            if (details.viewerIsApplicant()) {
                Button resubmit = new Button(getTranslation("case.resubmit"), e -> {
                    try {
                        cases.resubmit(s.caseNumber());
                        Notification.show(getTranslation("case.resubmitted"), 4000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (InvalidInputException ex) {
                        FormErrors.notify(this, ex);
                    }
                    removeAll();
                    cases.details(s.caseNumber()).ifPresent(this::show);
                });
                resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(new Paragraph(getTranslation("case.resubmit.help")), resubmit);
            }
        });
        if (details.viewerIsApplicant() && s.status().isWithdrawable()) {
            Button withdraw = new Button(getTranslation("case.withdraw"), e -> confirmWithdrawal(s.caseNumber()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
        add(new H3(getTranslation(ended ? "case.screening.history" : "case.screening")));
        if (details.screening().isPresent()) {
            checklist = new Checklist(messages);
            String at = Labels.dateTime(details.screening().get().screenedAt());
            if (ended) {
                checklist.showAsHistory(details.screening().get().result(), at);
                add(checklist);
            } else {
                checklist.show(details.screening().get().result());
                add(new Paragraph(getTranslation("case.screening.at", at)), checklist);
            }
        } else {
            add(new Paragraph(getTranslation("case.screening.none")));
        }
        add(new CaseTimeline(steps), new CaseEvidence(details.evidence()),
                CaseFileLabels.panel(this, caseFiles, s.caseNumber(), details.evidence()));
    }

    /** When the case's process reached its end event, if it has. */
    private static Optional<java.time.OffsetDateTime> endedAt(List<TimelineEntry> steps) {
        return steps.stream().filter(e -> e.messageKey().startsWith("timeline.EndEvent_")).map(TimelineEntry::at)
                .reduce((first, last) -> last);
    }

    /** Asks for the reason, then withdraws; the page shows the case as it is afterwards. */
    void confirmWithdrawal(String caseNumber) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("case.withdraw"));
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setWidthFull();
        reason.setMaxLength(500);
        Button confirm = new Button(getTranslation("case.withdraw.confirm"), e -> {
            try {
                cases.withdraw(caseNumber, reason.getValue());
                dialog.close();
                Notification.show(getTranslation("case.withdrawn", caseNumber), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                removeAll();
                cases.details(caseNumber).ifPresent(this::show);
            } catch (InvalidInputException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(FormErrors.message(this, ex));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("case.withdraw.help")), reason);
        dialog.getFooter().add(new Button(getTranslation("case.withdraw.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        withdrawDialog = dialog;
        withdrawReason = reason;
        withdrawConfirm = confirm;
    }

    private TextField readOnly(String labelKey, String value) {
        return Labels.readOnly(this, labelKey, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title", title);
    }
}
