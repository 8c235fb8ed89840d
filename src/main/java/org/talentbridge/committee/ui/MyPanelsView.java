package org.talentbridge.committee.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.committee.MyPanelView;
import org.talentbridge.committee.PanelVoteService;

/** The confirmed panels the signed-in committee member sits on, each opening its ballot sheet. */
@Route("committee/votes")
@Menu(order = 46, title = "nav.committeeMyPanels")
@RolesAllowed("COMMITTEE_MEMBER")
public class MyPanelsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<MyPanelView> panels = new Grid<>();
    private final transient PanelVoteService votes;

    public MyPanelsView(PanelVoteService votes) {
        this.votes = votes;
        panels.addColumn(MyPanelView::drawId).setHeader(getTranslation("committee.draw.number")).setAutoWidth(true);
        panels.addColumn(MyPanelView::roundName).setHeader(getTranslation("field.roundId"));
        panels.addColumn(MyPanelView::series).setHeader(getTranslation("field.series"));
        panels.addColumn(p -> getTranslation(p.targetLevel().messageKey())).setHeader(getTranslation("field.targetLevel"));
        panels.addColumn(p -> getTranslation(p.groupKind().messageKey())).setHeader(getTranslation("committee.draw.group"));
        panels.addColumn(p -> getTranslation(p.state().messageKey())).setHeader(getTranslation("committee.vote.state"));
        panels.addColumn(p -> getTranslation("committee.vote.myProgress", p.casesIVoted(), p.cases()))
                .setHeader(getTranslation("committee.vote.myProgressHeader"));
        panels.addComponentColumn(p -> {
            Button open = new Button(getTranslation("committee.vote.openSheet"),
                    click -> getUI().ifPresent(ui -> ui.navigate(PanelBallotView.class, p.drawId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setHeader(getTranslation("inbox.actions")).setAutoWidth(true).setKey("actions");
        panels.setEmptyStateText(getTranslation("committee.vote.noPanels"));
        panels.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("committee.vote.myPanelsHelp")), panels);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        panels.setItems(votes.myPanels());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.committeeMyPanels");
    }
}
