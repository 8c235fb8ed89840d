package org.talentbridge.skilleval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ui.CaseFilePanel;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.skilleval.Assessment;
import org.talentbridge.skilleval.EvaluationRow;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseSummary;

/**
 * One evaluation of the evaluator's organisation: the case and its screening, and the assessment (S3) — the
 * operational score always, the theory score unless the case is exempt (shown with its reason). An evaluation that
 * is gone (recorded meanwhile, or not this organisation's) says so.
 */
@Route("skill/evaluation")
@RolesAllowed("EVALUATOR")
public class EvaluationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final IntegerField operational = new IntegerField(getTranslation("skilleval.evaluation.operational"));
    final IntegerField theory = new IntegerField(getTranslation("skilleval.evaluation.theory"));
    final Button record = new Button(getTranslation("skilleval.evaluation.record"));
    final com.vaadin.flow.component.checkbox.Checkbox refuseExemption =
            new com.vaadin.flow.component.checkbox.Checkbox(getTranslation("skilleval.evaluation.refuseExemption"));
    private final FormErrors errors = new FormErrors(this);
    private final transient SkillCaseService cases;
    private final transient ScreeningMessages messages;
    private String taskId;
    private String title = "";

    private final transient CaseFileService caseFiles;

    public EvaluationView(SkillCaseService cases, ScreeningMessages messages, CaseFileService caseFiles) {
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.messages = messages;
        setMaxWidth("70em");
        for (IntegerField f : new IntegerField[] {operational, theory}) {
            f.setMin(0);
            f.setMax(100);
            f.setStepButtonsVisible(false);
        }
        errors.bind("operationalScore", operational).bind("theoryScore", theory);
        refuseExemption.addValueChangeListener(e -> theory.setVisible(e.getValue()));
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> record());
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        show();
    }

    private void show() {
        EvaluationRow row = EvaluationCaseHeader.load(this, () -> cases.evaluation(taskId)).orElse(null);
        if (row == null) {
            return;
        }
        SkillCaseSummary s = row.summary();
        title = s.caseNumber();
        add(new EvaluationCaseHeader(s));
        cases.details(s.caseNumber()).flatMap(d -> d.screening()).ifPresent(r -> {
            add(new H3(getTranslation("case.screening")), new SkillChecklist(messages, r));
        });
        add(CaseFilePanel.of(caseFiles, s.caseNumber(), this)); // the documents beside the score fields (issue 15)
        add(new H3(getTranslation("skilleval.case.assessment")));
        operational.setHelperText(getTranslation("skilleval.evaluation.operationalHelp"));
        theory.setVisible(!row.theoryExempt());
        FormLayout form = new FormLayout(operational, theory);
        add(form);
        if (row.theoryExempt()) {
            add(new Paragraph(getTranslation("skilleval.evaluation.exempt", row.relatedMajor())));
            refuseExemption.setValue(false);
            add(refuseExemption);
        }
        add(record);
    }

    private void record() {
        EvaluationCaseHeader.decide(this, errors, () -> cases.recordAssessment(taskId, new Assessment(operational.getValue(),
                theory.isVisible() ? theory.getValue() : null, refuseExemption.getValue())), this::show);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.title", title);
    }
}
