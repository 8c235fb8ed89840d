package org.talentbridge.investigation.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.talentbridge.integrity.IntegrityEntry;
import org.talentbridge.investigation.InvestigationRow;
import org.talentbridge.investigation.InvestigationService;
import org.talentbridge.investigation.PersonHistory;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * A person across cases (issue 6, item 6): searched by full ID number, or opened from an investigation
 * ({@code integrity/person?investigation=NUMBER}, so that the full ID number never appears in an address). Shows their
 * cases, certificates, investigations and integrity-file entries; every read is audited by the service.
 */
@Route("integrity/person")
@Menu(order = 51.2, title = "nav.personHistory")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class PersonHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField idNumber = new TextField(getTranslation("field.idNumber"));
    final Button search = new Button(getTranslation("investigation.searchPerson"));
    final H2 person = new H2();
    final Grid<PersonHistory.CaseLine> cases = new Grid<>();
    final Grid<PersonHistory.CertificateLine> certificates = new Grid<>();
    final Grid<InvestigationRow> investigations = new Grid<>();
    final Grid<IntegrityEntry> entries = new Grid<>();
    final VerticalLayout result = new VerticalLayout();
    PersonHistory history;
    private final transient InvestigationService service;

    public PersonHistoryView(InvestigationService service) {
        this.service = service;
        idNumber.setMaxLength(18);
        idNumber.setPlaceholder(getTranslation("investigation.idNumberPlaceholder"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormErrors errors = new FormErrors(this).bind("idNumber", idNumber).bind("number", idNumber);
        search.addClickListener(e -> load(errors, () -> service.personHistory(idNumber.getValue())));
        idNumber.addKeyPressListener(Key.ENTER, e -> load(errors, () -> service.personHistory(idNumber.getValue())));

        cases.setAllRowsVisible(true);
        GridColumns.identifier(cases.addColumn(PersonHistory.CaseLine::caseNumber).setHeader(getTranslation("investigation.caseNumber")));
        cases.addColumn(c -> getTranslation("investigation.caseKind." + c.kind())).setHeader(getTranslation("investigation.kind"));
        cases.addColumn(c -> getTranslation(kindOf(c.kind()).levelMessageKey(c.level()))).setHeader(getTranslation("investigation.level"));
        cases.addColumn(c -> c.status() == null ? "" : getTranslation((kindOf(c.kind()) == CertificateKind.SKILL_LEVEL
                        ? "skilleval.status." : "caseStatus.") + c.status()))
                .setHeader(getTranslation("investigation.status"));
        cases.addColumn(c -> Labels.date(c.submittedOn())).setHeader(getTranslation("investigation.submittedOn"));
        cases.setEmptyStateText(getTranslation("investigation.none"));
        certificates.setAllRowsVisible(true);
        GridColumns.identifier(certificates.addColumn(PersonHistory.CertificateLine::certificateNumber)
                .setHeader(getTranslation("investigation.certificateNumber")));
        certificates.addColumn(c -> getTranslation(kindOf(c.kind()).messageKey())).setHeader(getTranslation("investigation.kind"));
        certificates.addColumn(c -> getTranslation(kindOf(c.kind()).levelMessageKey(c.level())))
                .setHeader(getTranslation("investigation.level"));
        certificates.addColumn(c -> c.status() == null ? "" : getTranslation("investigation.certificateStatus." + c.status()))
                .setHeader(getTranslation("investigation.status"));
        certificates.addColumn(c -> Labels.date(c.issuedOn())).setHeader(getTranslation("investigation.issuedOn"));
        GridColumns.identifier(certificates.addColumn(PersonHistory.CertificateLine::caseNumber)
                .setHeader(getTranslation("investigation.caseNumber")));
        certificates.setEmptyStateText(getTranslation("investigation.none"));
        investigations.setAllRowsVisible(true);
        investigations.addComponentColumn(r -> new RouterLink(r.number(), InvestigationPage.class, r.number()))
                .setHeader(getTranslation("investigation.number"));
        investigations.addColumn(r -> getTranslation(r.source().messageKey())).setHeader(getTranslation("investigation.source"));
        investigations.addColumn(r -> getTranslation(r.status().messageKey())).setHeader(getTranslation("investigation.status"));
        investigations.addColumn(r -> Labels.dateTime(r.openedAt())).setHeader(getTranslation("investigation.openedAt"));
        investigations.setEmptyStateText(getTranslation("investigation.none"));
        entries.setAllRowsVisible(true);
        entries.addComponentColumn(e -> new Anchor("integrity/file/" + e.id(), getTranslation("integrity.entryTitle", e.id())))
                .setHeader(getTranslation("integrity.entryNumber"));
        entries.addColumn(e -> getTranslation(e.finding().messageKey())).setHeader(getTranslation("field.finding"));
        entries.addColumn(e -> Labels.date(e.activeFrom())).setHeader(getTranslation("field.activeFrom"));
        entries.addColumn(e -> Labels.date(e.activeUntil())).setHeader(getTranslation("field.activeUntil"));
        entries.setEmptyStateText(getTranslation("investigation.none"));

        result.setPadding(false);
        result.add(person, new H3(getTranslation("investigation.cases")), cases, new H3(getTranslation("investigation.certificates")),
                certificates, new H3(getTranslation("investigation.investigations")), investigations,
                new H3(getTranslation("integrity.history")), entries);
        result.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(idNumber, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("investigation.personHelp")), bar, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        FormErrors errors = new FormErrors(this).bind("idNumber", idNumber).bind("number", idNumber);
        parameters.getSingleParameter("investigation")
                .ifPresent(number -> load(errors, () -> service.personHistoryOf(number)));
    }

    private void load(FormErrors errors, Supplier<PersonHistory> read) {
        errors.clear();
        try {
            history = read.get();
        } catch (InvalidInputException e) {
            errors.show(e);
            result.setVisible(false);
            return;
        }
        person.setText(getTranslation("investigation.personTitle", history.personName() == null ? "" : history.personName(),
                history.idNumberMasked()));
        cases.setItems(history.cases());
        certificates.setItems(history.certificates());
        investigations.setItems(history.investigations());
        entries.setItems(history.entries());
        result.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.personHistory");
    }

    /** Cases and certificates name their pathway as a certificate kind: TITLE, SKILL_LEVEL or EQUIVALENCE. */
    private static CertificateKind kindOf(String kind) {
        return CertificateKind.valueOf(kind);
    }
}
