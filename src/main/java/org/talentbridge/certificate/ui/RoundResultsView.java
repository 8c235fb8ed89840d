package org.talentbridge.certificate.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.talentbridge.certificate.RoundResultRow;
import org.talentbridge.certificate.RoundResultsService;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.export.XlsxTable;

/** Committee secretaries and administrators: a round's decided cases, and the .xlsx list for the provincial offices. */
@Route("results")
@Menu(order = 48, title = "nav.roundResults")
@RolesAllowed({"COMMITTEE_SECRETARY", "ADMIN"})
public class RoundResultsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final ComboBox<RoundView> round = new ComboBox<>();
    final Grid<RoundResultRow> grid = new Grid<>();
    final Anchor export;
    private final transient RoundResultsService results;
    private final transient RoundService rounds;

    public RoundResultsView(RoundResultsService results, RoundService rounds) {
        this.results = results;
        this.rounds = rounds;
        round.setLabel(getTranslation("results.round"));
        round.setItemLabelGenerator(RoundView::name);
        GridColumns.identifier(grid.addColumn(RoundResultRow::caseNumber).setHeader(getTranslation("field.caseNumber")));
        grid.addColumn(RoundResultRow::applicantName).setHeader(getTranslation("results.applicantName"));
        grid.addColumn(RoundResultRow::applicantIdMasked).setHeader(getTranslation("results.idMasked"));
        GridColumns.longText(grid.addColumn(RoundResultRow::employerName).setHeader(getTranslation("field.employerName")),
                RoundResultRow::employerName);
        grid.addColumn(RoundResultRow::series).setHeader(getTranslation("field.series"));
        grid.addColumn(r -> getTranslation("titleLevel." + r.targetLevel())).setHeader(getTranslation("field.targetLevel"));
        grid.addColumn(r -> r.route() == null ? "" : getTranslation("results.route." + r.route()))
                .setHeader(getTranslation("results.route"));
        grid.addColumn(r -> getTranslation("caseStatus." + r.status())).setHeader(getTranslation("results.status"));
        grid.addColumn(r -> r.committeePassed() == null ? ""
                : getTranslation(r.committeePassed() ? "results.passed" : "results.failed")).setHeader(getTranslation("results.committee"));
        GridColumns.identifier(grid.addColumn(RoundResultRow::certificateNumber).setHeader(getTranslation("certificate.number")));
        grid.setEmptyStateText(getTranslation("results.empty"));
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            RoundView chosen = round.getValue();
            Locale locale = getLocale();
            byte[] xlsx = results.xlsx(chosen.id(), locale);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), chosen.name() + ".xlsx", XlsxTable.CONTENT_TYPE, xlsx.length);
        }), getTranslation("results.export"));
        export.getElement().setAttribute("download", true);
        export.setEnabled(false);
        round.addValueChangeListener(e -> show(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(round, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("results.help")), bar, grid);
    }

    private void show(RoundView chosen) {
        export.setEnabled(chosen != null);
        grid.setItems(chosen == null ? java.util.List.of() : results.results(chosen.id()));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<RoundView> all = rounds.all();
        round.setItems(all);
        GridColumns.fitWidth(round, all.stream().map(RoundView::name).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roundResults");
    }
}
