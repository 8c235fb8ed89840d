package org.talentbridge.certificate.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateStatus;
import org.talentbridge.certificate.CertificateView;

/**
 * Certificates: an applicant sees and downloads their own; an administrator every certificate (a page at a time).
 * The PDF is made when the link is followed, and the service checks again whose certificate it is.
 */
@Route("certificates")
@Menu(order = 32, title = "nav.certificates")
@RolesAllowed({"APPLICANT", "ADMIN"})
public class CertificatesView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<CertificateView> grid = new Grid<>();
    private final transient CertificateService certificates;
    private final transient AuthenticationContext authentication;

    public CertificatesView(CertificateService certificates, AuthenticationContext authentication) {
        this.certificates = certificates;
        this.authentication = authentication;
        GridColumns.identifier(grid.addColumn(CertificateView::certificateNumber).setHeader(getTranslation("certificate.number")));
        grid.addColumn(CertificateView::holderName).setHeader(getTranslation("certificate.holderName"));
        grid.addColumn(c -> getTranslation(c.kind().messageKey())).setHeader(getTranslation("certificate.kind"));
        grid.addColumn(c -> c.kind().seriesMessageKey(c.series()) == null ? c.series()
                : getTranslation(c.kind().seriesMessageKey(c.series()))).setHeader(getTranslation("field.series"));
        grid.addColumn(c -> getTranslation(c.kind().levelMessageKey(c.level()))).setHeader(getTranslation("certificate.level"));
        grid.addColumn(CertificateView::issuedOn).setHeader(getTranslation("certificate.issuedOn"));
        grid.addColumn(c -> getTranslation(c.status() == CertificateStatus.VALID ? "certificate.valid" : "certificate.void"))
                .setHeader(getTranslation("certificate.status"));
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("certificate.pdf")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("certificate.empty"));
        add(new Paragraph(getTranslation("certificate.help")), grid);
    }

    private Anchor downloadLink(CertificateView c) {
        String number = c.certificateNumber();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.pdf(number);
            return new DownloadResponse(new ByteArrayInputStream(pdf), number + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("certificate.download"));
        link.getElement().setAttribute("download", true);
        return link;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (authentication.hasRole("ADMIN")) {
            grid.setItems(query -> certificates.page(query.getOffset(), query.getLimit()).stream(), query -> certificates.count());
        } else {
            grid.setItems(certificates.mine());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.certificates");
    }
}
