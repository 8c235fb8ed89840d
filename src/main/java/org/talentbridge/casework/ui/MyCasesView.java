package org.talentbridge.casework.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.ui.Labels;

/** The applicant's own cases, newest first, each opening its case page. */
@Route("my-cases")
@Menu(order = 30, title = "nav.myCases")
@RolesAllowed("APPLICANT")
public class MyCasesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<CaseSummary> grid = new Grid<>();
    private final transient TitleCaseService cases;

    public MyCasesView(TitleCaseService cases) {
        this.cases = cases;
        setSizeFull();
        GridColumns.identifier(grid.addComponentColumn(c -> new Anchor("cases/" + c.caseNumber(), c.caseNumber())))
                .setHeader(getTranslation("case.number"));
        grid.addColumn(CaseSummary::occupationName).setHeader(getTranslation("field.occupation"));
        grid.addColumn(c -> getTranslation(c.targetLevel().messageKey())).setHeader(getTranslation("field.targetLevel"));
        grid.addColumn(c -> getTranslation(c.status().messageKey())).setHeader(getTranslation("case.status"));
        grid.addColumn(c -> Labels.dateTime(c.submittedAt())).setHeader(getTranslation("case.submittedAt"));
        grid.setEmptyStateText(getTranslation("myCases.empty"));
        add(grid, new Anchor("apply", getTranslation("nav.apply")));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        grid.setItems(cases.myCases());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myCases");
    }
}
