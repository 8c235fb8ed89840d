package org.talentbridge.skilleval.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.skilleval.HeldSkillLevel;
import org.talentbridge.skilleval.SkillCaseService;
import org.talentbridge.skilleval.SkillCaseSummary;

/**
 * The applicant's skill evaluation cases, and the skill levels on their record with the title level each is treated
 * as (rule E: for training, post appointment, promotion, awards and research applications).
 */
@Route("skill/my-cases")
@Menu(order = 32, title = "skilleval.nav.myCases")
@RolesAllowed("APPLICANT")
public class MySkillCasesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<SkillCaseSummary> grid = new Grid<>();
    final Grid<HeldSkillLevel> levels = new Grid<>();
    private final transient SkillCaseService cases;

    public MySkillCasesView(SkillCaseService cases) {
        this.cases = cases;
        setSizeFull();
        GridColumns.identifier(grid.addComponentColumn(c -> new Anchor("skill/cases/" + c.caseNumber(), c.caseNumber()))
                .setHeader(getTranslation("case.number")));
        grid.addColumn(SkillCaseSummary::occupationName).setHeader(getTranslation("field.occupation"));
        grid.addColumn(c -> getTranslation(c.targetLevel().messageKey())).setHeader(getTranslation("skilleval.targetLevel"));
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("case.status"));
        GridColumns.longText(grid.addColumn(c -> c.organisationName() == null ? "" : c.organisationName())
                .setHeader(getTranslation("skilleval.case.organisation")).setFlexGrow(2), SkillCaseSummary::organisationName);
        grid.addColumn(c -> Labels.dateTime(c.submittedAt())).setHeader(getTranslation("case.submittedAt"));
        grid.setEmptyStateText(getTranslation("myCases.empty"));
        grid.setAllRowsVisible(true);
        levels.addColumn(l -> getTranslation(l.level().messageKey())).setHeader(getTranslation("skilleval.levels.level"));
        levels.addColumn(HeldSkillLevel::occupationName).setHeader(getTranslation("field.occupation"));
        levels.addColumn(l -> Labels.date(l.obtainedOn())).setHeader(getTranslation("skilleval.levels.obtainedOn"));
        GridColumns.identifier(levels.addColumn(HeldSkillLevel::certificateNumber).setHeader(getTranslation("certificate.number")));
        levels.addColumn(l -> l.treatedAs() == null ? getTranslation("skilleval.levels.noTreatment")
                : getTranslation("skilleval.levels.treatedAs", getTranslation(l.treatedAs().messageKey())))
                .setHeader(getTranslation("skilleval.levels.treatment")).setFlexGrow(2);
        levels.setEmptyStateText(getTranslation("skilleval.levels.empty"));
        levels.setAllRowsVisible(true);
        add(grid, new Anchor("skill/apply", getTranslation("skilleval.nav.apply")),
                new H3(getTranslation("skilleval.levels.title")), levels);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        grid.setItems(cases.myCases());
        levels.setItems(cases.myLevels());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("skilleval.nav.myCases");
    }
}
