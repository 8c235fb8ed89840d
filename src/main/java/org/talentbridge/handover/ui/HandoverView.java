package org.talentbridge.handover.ui;

import com.vaadin.flow.component.combobox.ComboBox;
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
import org.talentbridge.handover.ProvincialHandover;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.export.XlsxTable;
import org.talentbridge.shared.ui.GridColumns;

/** The hand-over to the provincial platform: a round's applications as .xlsx and its case files as a zip. */
@Route("handover")
@Menu(order = 49, title = "nav.handover")
@RolesAllowed({"COMMITTEE_SECRETARY", "ADMIN"})
public class HandoverView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final ComboBox<RoundView> round = new ComboBox<>();
    final Anchor applications;
    final Anchor caseFiles;
    private final transient RoundService rounds;

    public HandoverView(ProvincialHandover handover, RoundService rounds) {
        this.rounds = rounds;
        round.setLabel(getTranslation("results.round"));
        round.setItemLabelGenerator(RoundView::name);
        applications = new Anchor(DownloadHandler.fromInputStream(event -> {
            RoundView chosen = round.getValue();
            byte[] xlsx = handover.applicationsXlsx(chosen.id(), getLocale());
            return new DownloadResponse(new ByteArrayInputStream(xlsx), chosen.name() + ".xlsx", XlsxTable.CONTENT_TYPE,
                    xlsx.length);
        }), getTranslation("handover.applications"));
        caseFiles = new Anchor((DownloadHandler) event -> {
            RoundView chosen = round.getValue();
            event.setFileName(chosen.name() + "-case-files.zip");
            event.setContentType("application/zip");
            handover.writeCaseFiles(chosen.id(), event.getOutputStream());
        }, getTranslation("handover.caseFiles"));
        for (Anchor a : List.of(applications, caseFiles)) {
            a.getElement().setAttribute("download", true);
            a.setEnabled(false);
        }
        round.addValueChangeListener(e -> {
            applications.setEnabled(e.getValue() != null);
            caseFiles.setEnabled(e.getValue() != null);
        });
        HorizontalLayout bar = new HorizontalLayout(round, applications, caseFiles);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("handover.help")), bar);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<RoundView> all = rounds.all();
        round.setItems(all);
        GridColumns.fitWidth(round, all.stream().map(RoundView::name).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.handover");
    }
}
