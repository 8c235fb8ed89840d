package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import com.vaadin.flow.component.html.UnorderedList;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ui.CaseFilePanel;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.monitoring.CasePosition;
import org.talentbridge.monitoring.ui.CaseWhereabouts;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;
import org.talentbridge.skilleval.SkillCaseDetails;
import org.talentbridge.skilleval.SkillCaseStatus;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseSummary;

/**
 * A skill evaluation case: status, channel and organisation, the screening checklist, for a direct application (S5)
 * its evidence and the admission review, the case file frozen at submission (one click per document), the assessment (the theory exam
 * shown as exempt with its reason), and after a pass the certificate with its verification link and the title level
 * the skill level is treated as (rule E). Its applicant, the evaluators of its organisation, integrity officers and
 * administrators may open it; anyone else reads "not found".
 */
@Route("skill/cases")
@RolesAllowed({"APPLICANT", "EVALUATOR", "ADMIN", "INTEGRITY_OFFICER"})
public class SkillCaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient SkillCaseService cases;
    private final transient ScreeningMessages messages;
    private final transient CasePosition position;
    private String title = "";
    /** Where the case is: the stepper, and the diagram for staff (issue 16, item 8). */
    CaseWhereabouts whereabouts;
    /** How an ended case ended, first under its head (null while it runs). */
    Paragraph ending;
    /** The screening on show (null when there is none). */
    SkillChecklist screening;

    private final transient CaseFileService caseFiles;
    /** A direct application's evidence (S5), as the applicant chose it (null for a standard application). */
    UnorderedList evidence;

    public SkillCaseView(SkillCaseService cases, ScreeningMessages messages, CaseFileService caseFiles,
                         CasePosition position) {
        this.position = position;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.messages = messages;
        setMaxWidth("70em");
    }

    @Override
    public void setParameter(BeforeEvent event, String caseNumber) {
        load(caseNumber);
    }

    private void load(String caseNumber) {
        removeAll();
        title = caseNumber;
        Optional<SkillCaseDetails> found;
        try {
            found = cases.details(caseNumber);
        } catch (AccessDeniedException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("case.notFound", caseNumber)));
            return;
        }
        show(found.get());
    }

    private void show(SkillCaseDetails d) {
        ending = null;
        screening = null;
        SkillCaseSummary s = d.summary();
        add(new FormLayout(field("case.number", s.caseNumber()), field("field.displayName", s.applicantName()),
                field("field.idNumber", s.applicantIdMasked()), field("field.occupation", s.occupationName()),
                field("skilleval.targetLevel", getTranslation(s.targetLevel().messageKey())),
                field("case.status", getTranslation(s.status().messageKey())),
                field("skilleval.case.channel", s.channel() == null ? "" : getTranslation(s.channel().messageKey())),
                field("skilleval.case.organisation", s.organisationName()),
                field("case.submittedAt", Labels.dateTime(s.submittedAt()))));
        add(whereabouts = CaseWhereabouts.ofCase(position, org.talentbridge.skilleval.SkillEvaluationProcess.KEY, s.caseNumber(), !d.mine()));
        boolean ended = !s.status().isActive();
        if (ended) {
            // an ended case says first how it ended (issue 12, item 9)
            ending = new Paragraph(getTranslation(s.status().messageKey()));
            ending.getStyle().set("font-weight", "bold");
            add(new H3(getTranslation("case.ending")), ending);
        }
        if (d.mine() && s.status() == SkillCaseStatus.STOPPED) {
            // the applicant reads that an integrity finding stopped the case, never the finding's facts (issue 6, item 4)
            add(new Paragraph(getTranslation("case.next.STOPPED")));
        } else if (d.statusReason() != null) {
            add(new Paragraph(getTranslation("skilleval.case.reason", d.statusReason())));
        }
        add(new H3(getTranslation(ended ? "case.screening.history" : "case.screening")));
        d.screening().ifPresentOrElse(r -> add(screening = new SkillChecklist(messages, r, ended)),
                () -> add(new Paragraph(getTranslation("case.screening.none"))));
        if (d.direct()) {
            add(new H3(getTranslation("skilleval.case.direct")));
            add(directEvidence(s.caseNumber(), d.directEvidence()));
            if (d.admissionDecidedAt() != null) {
                // a refusal's reason is the case's status reason, shown above; an admission may carry a note
                add(new Paragraph(Boolean.TRUE.equals(d.admitted())
                        ? getTranslation("skilleval.case.admitted", Labels.dateTime(d.admissionDecidedAt()),
                                d.admissionReason() == null ? "" : d.admissionReason())
                        : getTranslation("skilleval.case.refused", Labels.dateTime(d.admissionDecidedAt()))));
            } else if (s.status() == SkillCaseStatus.ADMISSION_REVIEW) {
                add(new Paragraph(getTranslation("skilleval.case.admissionPending")));
            }
        }
        add(CaseFilePanel.of(caseFiles, s.caseNumber(), this)); // the documents frozen at submission (issue 15)
        add(new H3(getTranslation("skilleval.case.assessment")));
        if (d.assessedAt() == null) {
            add(new Paragraph(getTranslation("skilleval.case.notAssessed")));
        } else {
            add(new FormLayout(
                    field("skilleval.evaluation.operational", getTranslation("skilleval.case.score", d.operationalScore(),
                            getTranslation(Boolean.TRUE.equals(d.operationalPassed()) ? "skilleval.case.pass" : "skilleval.case.fail"))),
                    field("skilleval.evaluation.theory", Boolean.TRUE.equals(d.theoryExempt())
                            ? getTranslation("skilleval.evaluation.exempt", d.relatedMajor())
                            : getTranslation("skilleval.case.score", d.theoryScore(),
                            getTranslation(Boolean.TRUE.equals(d.theoryPassed()) ? "skilleval.case.pass" : "skilleval.case.fail"))),
                    field("skilleval.case.result", getTranslation(Boolean.TRUE.equals(d.passed()) ? "skilleval.case.pass"
                            : "skilleval.case.fail")),
                    field("skilleval.case.assessedAt", Labels.dateTime(d.assessedAt()))));
        }
        d.certificate().ifPresent(c -> {
            add(new H3(getTranslation("skilleval.case.certificate")), new FormLayout(field("certificate.number", c.certificateNumber()),
                    field("certificate.issuedOn", Labels.date(c.issuedOn())),
                    field("certificate.status", getTranslation("investigation.certificateStatus." + c.status().name()))),
                    new Anchor("verify/" + c.verificationCode(), getTranslation("skilleval.case.verify")));
        });
        d.treatedAs().ifPresent(t -> add(new Paragraph(getTranslation("skilleval.case.treatment",
                getTranslation(s.targetLevel().messageKey()), getTranslation(t.messageKey())))));
        if (d.mine() && s.status().isWithdrawable() && d.assessedAt() == null) {
            withdrawal(s.caseNumber());
        }
        if (d.mine()) {
            add(new Anchor("skill/my-cases", getTranslation("skilleval.nav.myCases")));
        }
    }

    /** The evidence items of a direct application ({@link DirectEvidenceList}). */
    private UnorderedList directEvidence(String caseNumber, java.util.List<ItemRef> items) {
        evidence = DirectEvidenceList.of(this, caseFiles, caseNumber, items);
        return evidence;
    }

    /** Until the assessment, the applicant may withdraw the case with a reason (a field error without one). */
    private void withdrawal(String caseNumber) {
        TextArea withdrawReason = new TextArea();
        Button withdraw = new Button();
        withdrawReason.setLabel(getTranslation("skilleval.withdraw.reason"));
        withdrawReason.setWidthFull();
        withdrawReason.setMaxLength(1000);
        withdraw.setText(getTranslation("skilleval.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormErrors errors = new FormErrors(this).bind("reason", withdrawReason);
        withdraw.addClickListener(e -> {
            try {
                errors.clear();
                cases.withdraw(caseNumber, withdrawReason.getValue());
                Notification.show(getTranslation("skilleval.withdraw.done", caseNumber), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                load(caseNumber);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        add(new H3(getTranslation("skilleval.withdraw.title")), new Paragraph(getTranslation("skilleval.withdraw.help")),
                withdrawReason, withdraw);
    }

    private com.vaadin.flow.component.textfield.TextField field(String key, String value) {
        return Labels.readOnly(this, key, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skilleval.case.title", title);
    }
}
