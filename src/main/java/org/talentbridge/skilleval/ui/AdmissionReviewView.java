package org.talentbridge.skilleval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ui.CaseFilePanel;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.skilleval.EvaluationRow;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseSummary;

/**
 * 直接申报受理审查 (S5): an evaluator of the organisation reads a direct application — the case, its screening, the
 * evidence the applicant attached and the documents frozen at submission, one click each (every read audited) — and
 * admits it (the assessment follows) or refuses it with a reason the applicant reads. A review that is gone (decided
 * meanwhile, or not this organisation's) says so.
 */
@Route("skill/admission")
@RolesAllowed("EVALUATOR")
public class AdmissionReviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final TextArea reason = new TextArea(getTranslation("skilleval.admission.reason"));
    final Button admit = new Button(getTranslation("skilleval.admission.admit"));
    final Button refuse = new Button(getTranslation("skilleval.admission.refuse"));
    UnorderedList evidence = new UnorderedList();
    CaseFilePanel caseFile;
    private final FormErrors errors = new FormErrors(this);
    private final transient SkillCaseService cases;
    private final transient ScreeningMessages messages;
    private final transient CaseFileService caseFiles;
    private String taskId;
    private String title = "";

    public AdmissionReviewView(SkillCaseService cases, ScreeningMessages messages, CaseFileService caseFiles) {
        this.cases = cases;
        this.messages = messages;
        this.caseFiles = caseFiles;
        setMaxWidth("70em");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("skilleval.admission.reasonHelp"));
        errors.bind("reason", reason);
        admit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        admit.addClickListener(e -> decide(true));
        refuse.addClickListener(e -> decide(false));
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        show();
    }

    private void show() {
        EvaluationRow row = EvaluationCaseHeader.load(this, () -> cases.admissionReview(taskId)).orElse(null);
        if (row == null) {
            return;
        }
        SkillCaseSummary s = row.summary();
        title = s.caseNumber();
        add(new Paragraph(getTranslation("skilleval.admission.intro")), new EvaluationCaseHeader(s));
        cases.details(s.caseNumber()).ifPresent(d -> {
            d.screening().ifPresent(r -> add(new H3(getTranslation("case.screening")), new SkillChecklist(messages, r)));
            evidence = DirectEvidenceList.of(this, caseFiles, s.caseNumber(), d.directEvidence());
            add(new H3(getTranslation("skilleval.case.direct")), evidence);
        });
        caseFile = CaseFilePanel.of(caseFiles, s.caseNumber(), this);
        add(caseFile, new H3(getTranslation("skilleval.admission.decision")), reason, new HorizontalLayout(admit, refuse));
    }

    private void decide(boolean admitted) {
        EvaluationCaseHeader.decide(this, errors, () -> cases.decideAdmission(taskId, admitted, reason.getValue()), this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.title", title);
    }
}
