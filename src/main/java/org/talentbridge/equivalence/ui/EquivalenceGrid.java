package org.talentbridge.equivalence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.talentbridge.equivalence.EquivalenceConfirmation;
import org.talentbridge.equivalence.EquivalenceService;
import org.talentbridge.shared.ui.Labels;

/** Equivalence requests as a table: number, exam, outcome and reason, and the confirmation's PDF and verify link. */
class EquivalenceGrid extends Grid<EquivalenceConfirmation> {

    EquivalenceGrid(EquivalenceService equivalence, boolean withPerson) {
        addColumn(EquivalenceConfirmation::requestNumber).setHeader(getTranslation("equivalence.col.requestNumber")).setAutoWidth(true);
        if (withPerson) {
            addColumn(EquivalenceConfirmation::personName).setHeader(getTranslation("equivalence.col.person"));
            addColumn(EquivalenceConfirmation::personIdMasked).setHeader(getTranslation("equivalence.col.idNumber")).setAutoWidth(true);
        }
        addColumn(c -> getTranslation(c.examField().messageKey())).setHeader(getTranslation("equivalence.col.exam"));
        addColumn(c -> EquivalenceText.outcome(this, c)).setHeader(getTranslation("equivalence.col.outcome")).setAutoWidth(true);
        addColumn(c -> EquivalenceText.reason(this, c)).setHeader(getTranslation("equivalence.col.reason")).setFlexGrow(3);
        addColumn(c -> Labels.dateTime(c.requestedAt())).setHeader(getTranslation("equivalence.col.requestedAt")).setAutoWidth(true);
        if (withPerson) {
            addColumn(EquivalenceConfirmation::requestedBy).setHeader(getTranslation("equivalence.col.requestedBy"));
        }
        addComponentColumn(c -> links(equivalence, this, c)).setHeader(getTranslation("equivalence.col.pdf")).setAutoWidth(true);
        setEmptyStateText(getTranslation("equivalence.empty"));
    }

    /** The confirmation's number, PDF download and verification page (nothing for a refused request). */
    static Component links(EquivalenceService equivalence, Component owner, EquivalenceConfirmation c) {
        HorizontalLayout links = new HorizontalLayout();
        if (c.certificateNumber() == null) {
            return links;
        }
        String requestNumber = c.requestNumber();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = equivalence.pdf(requestNumber);
            return new DownloadResponse(new ByteArrayInputStream(bytes), c.certificateNumber() + ".pdf", "application/pdf",
                    bytes.length);
        }), owner.getTranslation("equivalence.download"));
        pdf.getElement().setAttribute("download", true);
        Anchor verify = new Anchor("verify/" + c.verificationCode(), owner.getTranslation("equivalence.verify"));
        verify.setTarget("_blank");
        links.add(new Span(c.certificateNumber()), pdf, verify);
        return links;
    }
}
