package org.talentbridge.casework.ui;

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
import org.talentbridge.casework.EmployerReviewService;
import org.talentbridge.casework.InboxRow;

/** Employer reviewers: the cases of their own staff waiting for employer review, soonest due first, lazily paged. */
@Route("employer/reviews")
@Menu(order = 38, title = "nav.employerReviews")
@RolesAllowed("EMPLOYER_REVIEWER")
public class EmployerInboxView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField caseNumber = new org.talentbridge.shared.ui.CaseNumberSearch(this::refresh);
    final Grid<InboxRow> grid = new Grid<>();
    private final transient EmployerReviewService reviews;

    public EmployerInboxView(EmployerReviewService reviews) {
        this.reviews = reviews;
        setSizeFull();
        InboxColumns.add(grid);
        grid.addComponentColumn(r -> new Anchor("employer/review/" + r.taskId(), getTranslation("inbox.open")))
                .setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setSizeFull();
        add(caseNumber, grid);
    }

    private void refresh() {
        String filter = caseNumber.getValue();
        grid.setItems(q -> reviews.page(filter, q.getOffset(), q.getLimit()).stream(), q -> reviews.count(filter));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employerReviews");
    }
}
