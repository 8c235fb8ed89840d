package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.skilleval.EvaluationRow;
import org.talentbridge.skilleval.SkillCaseService;

/** Evaluators: the open evaluations of their own organisation, oldest first, lazily paged. */
@Route("skill/evaluations")
@Menu(order = 39, title = "skilleval.nav.evaluations")
@RolesAllowed("EVALUATOR")
public class EvaluationInboxView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField caseNumber = new org.talentbridge.shared.ui.CaseNumberSearch(this::refresh);
    final Grid<EvaluationRow> grid = new Grid<>();
    private final transient SkillCaseService cases;

    public EvaluationInboxView(SkillCaseService cases) {
        this.cases = cases;
        setSizeFull();
        GridColumns.identifier(grid.addColumn(r -> r.summary().caseNumber()).setHeader(getTranslation("case.number")));
        grid.addColumn(r -> r.summary().applicantName()).setHeader(getTranslation("field.displayName"));
        grid.addColumn(r -> r.summary().applicantIdMasked()).setHeader(getTranslation("field.idNumber"));
        grid.addColumn(r -> r.summary().occupationName()).setHeader(getTranslation("field.occupation"));
        grid.addColumn(r -> getTranslation(r.summary().targetLevel().messageKey())).setHeader(getTranslation("skilleval.targetLevel"));
        grid.addColumn(r -> getTranslation(r.theoryExempt() ? "skilleval.evaluation.exemptShort" : "skilleval.evaluation.theoryRequired"))
                .setHeader(getTranslation("skilleval.evaluation.theory"));
        grid.addColumn(r -> Labels.dateTime(r.created())).setHeader(getTranslation("skilleval.evaluation.received"));
        grid.addColumn(r -> getTranslation(r.admissionReview() ? "skilleval.admission.task" : "skilleval.evaluation.task"))
                .setHeader(getTranslation("skilleval.evaluation.step"));
        grid.addComponentColumn(r -> new Anchor((r.admissionReview() ? "skill/admission/" : "skill/evaluation/") + r.taskId(),
                        getTranslation("inbox.open")))
                .setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setSizeFull();
        add(caseNumber, grid);
    }

    private void refresh() {
        String filter = caseNumber.getValue();
        grid.setItems(q -> cases.evaluations(filter, q.getOffset(), q.getLimit()).stream(), q -> cases.countEvaluations(filter));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skilleval.nav.evaluations");
    }
}
