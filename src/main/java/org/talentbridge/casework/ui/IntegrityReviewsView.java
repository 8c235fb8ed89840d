package org.talentbridge.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.IntegrityReviewService;

/** Integrity officers: cases the panel passed and an automatic check flagged, waiting for their review. */
@Route("integrity/reviews")
@Menu(order = 48, title = "nav.integrityReviews")
@RolesAllowed("INTEGRITY_OFFICER")
public class IntegrityReviewsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<InboxRow> grid = new Grid<>();
    private final transient IntegrityReviewService reviews;

    public IntegrityReviewsView(IntegrityReviewService reviews) {
        this.reviews = reviews;
        setSizeFull();
        InboxColumns.add(grid);
        grid.addComponentColumn(r -> new Anchor("integrity/review/" + r.taskId(), getTranslation("inbox.open")))
                .setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        grid.setItems(q -> reviews.page(q.getOffset(), q.getLimit()).stream(), q -> reviews.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.integrityReviews");
    }
}
