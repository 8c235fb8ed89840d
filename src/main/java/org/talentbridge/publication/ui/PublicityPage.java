package org.talentbridge.publication.ui;

import org.talentbridge.publication.Objections;
import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import org.talentbridge.publication.PublicEntry;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.shared.ui.Labels;

/**
 * The public publicity page (公示), open to anyone without signing in: the lists whose period has not ended, each
 * entry with an "object" button while the period runs, and the latest past lists below.
 */
@Route("publicity")
@Menu(order = 60, title = "nav.publicity")
@AnonymousAllowed
public class PublicityPage extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final VerticalLayout currentLists = new VerticalLayout();
    final VerticalLayout pastLists = new VerticalLayout();
    private final transient PublicationService publication;
    private final transient Objections objections;

    public PublicityPage(PublicationService publication, Objections objections) {
        this.publication = publication;
        this.objections = objections;
        currentLists.setPadding(false);
        pastLists.setPadding(false);
        add(new Paragraph(getTranslation("publicity.help", publication.limits().answerWorkingDays())), currentLists,
                new H3(getTranslation("publicity.past")), pastLists);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        LocalDate today = publication.today();
        currentLists.removeAll();
        var current = publication.current();
        if (current.isEmpty()) {
            currentLists.add(new Paragraph(getTranslation("publicity.none")));
        }
        for (PublicityView p : current) {
            currentLists.add(new H3(getTranslation("publicity.listTitle", p.roundName())), period(p, today),
                    grid(p, p.isOpenOn(today)));
        }
        pastLists.removeAll();
        var past = publication.past();
        if (past.isEmpty()) {
            pastLists.add(new Paragraph(getTranslation("publicity.pastNone")));
        }
        for (PublicityView p : past) {
            pastLists.add(new Details(getTranslation("publicity.listTitle", p.roundName()) + " · "
                    + getTranslation("publicity.period", Labels.date(p.periodStart()), Labels.date(p.periodEnd()),
                    p.workingDays()), grid(p, false)));
        }
    }

    /** Each list's period and, in words with its dates, from when and until when it takes objections (issue 12, item 10). */
    private Paragraph period(PublicityView p, LocalDate today) {
        String period = getTranslation("publicity.period", Labels.date(p.periodStart()), Labels.date(p.periodEnd()),
                p.workingDays());
        String state = today.isBefore(p.periodStart())
                ? getTranslation("publicity.objectionsFrom", Labels.date(p.periodStart()), Labels.date(p.periodEnd()))
                : getTranslation("publicity.objectionsUntil", Labels.date(p.periodEnd()));
        Paragraph line = new Paragraph(period + " · " + state);
        line.addClassName("publicity-period");
        return line;
    }

    private Grid<PublicEntry> grid(PublicityView p, boolean objectionsTaken) {
        Grid<PublicEntry> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(PublicEntry::maskedName).setHeader(getTranslation("publicity.name"));
        GridColumns.longText(grid.addColumn(PublicEntry::employerName).setHeader(getTranslation("publicity.employer")).setFlexGrow(2),
                PublicEntry::employerName);
        grid.addColumn(PublicEntry::series).setHeader(getTranslation("publicity.series"));
        grid.addColumn(e -> getTranslation(e.level().messageKey())).setHeader(getTranslation("publicity.level"));
        grid.addColumn(e -> e.route() == null ? "" : getTranslation("publicity.route." + e.route()))
                .setHeader(getTranslation("publicity.route"));
        if (objectionsTaken) {
            grid.addComponentColumn(e -> {
                Button object = new Button(getTranslation("publicity.object"), click -> openForm(e));
                object.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return object;
            }).setHeader(getTranslation("publicity.objection")).setKey("object");
        }
        grid.setItems(p.entries());
        return grid;
    }

    private void openForm(PublicEntry entry) {
        String address = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getBrowser() == null
                ? null : VaadinSession.getCurrent().getBrowser().getAddress();
        new ObjectionForm(objections, entry, address).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.publicity");
    }
}
