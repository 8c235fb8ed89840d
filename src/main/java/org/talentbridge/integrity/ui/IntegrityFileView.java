package org.talentbridge.integrity.ui;

import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.talentbridge.integrity.IntegrityEntry;
import org.talentbridge.integrity.IntegrityEntryRequest;
import org.talentbridge.integrity.IntegrityEntrySummary;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.integrity.IntegrityFinding;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The integrity file (诚信档案库): search by name or ID number (rows masked), open an entry
 * ({@code integrity/file/{id}}, audited), and, for integrity officers, record a new entry.
 */
@Route("integrity/file")
@Menu(order = 51, title = "nav.integrityFile")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class IntegrityFileView extends VerticalLayout implements HasDynamicTitle {

    final TextField query = new TextField(getTranslation("integrity.search"));
    final Button search = new Button(getTranslation("integrity.searchButton"));
    final Grid<IntegrityEntrySummary> grid = new Grid<>();

    final TextField idNumber = new TextField(getTranslation("field.idNumber"));
    final TextField personName = new TextField(getTranslation("field.personName"));
    final ComboBox<IntegrityFinding> finding = new ComboBox<>(getTranslation("field.finding"));
    final TextArea facts = new TextArea(getTranslation("field.facts"));
    final IsoDatePicker activeFrom = new IsoDatePicker(getTranslation("field.activeFrom"));
    final IsoDatePicker activeUntil = new IsoDatePicker(getTranslation("field.activeUntil"));
    final Button record = new Button(getTranslation("integrity.record"));
    private final transient IntegrityFileService file;

    public IntegrityFileView(IntegrityFileService file, AuthenticationContext authentication) {
        this.file = file;
        query.setPlaceholder(getTranslation("integrity.search.placeholder"));
        query.setClearButtonVisible(true);
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> refresh());
        query.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> refresh());
        grid.addColumn(IntegrityEntrySummary::personName).setHeader(getTranslation("field.personName"));
        grid.addColumn(IntegrityEntrySummary::maskedIdNumber).setHeader(getTranslation("field.idNumber"));
        grid.addColumn(s -> getTranslation(s.finding().messageKey())).setHeader(getTranslation("field.finding"));
        grid.addColumn(IntegrityEntrySummary::activeFrom).setHeader(getTranslation("field.activeFrom"));
        grid.addColumn(IntegrityEntrySummary::activeUntil).setHeader(getTranslation("field.activeUntil"));
        grid.addColumn(s -> s.lifted() ? getTranslation("integrity.lifted") : "").setHeader(getTranslation("integrity.state"));
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation("integrity.open"));
            open.addClickListener(e -> open.getUI().ifPresent(ui -> ui.navigate(IntegrityEntryPage.class, s.id())));
            return open;
        });
        grid.setEmptyStateText(getTranslation("integrity.empty"));
        add(new Paragraph(getTranslation("integrity.help")), new HorizontalLayout(query, search), grid);

        if (authentication.hasRole("INTEGRITY_OFFICER")) {
            finding.setItems(Arrays.stream(IntegrityFinding.values()).filter(f -> f != IntegrityFinding.LIFTED).toList());
            finding.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
            idNumber.setMaxLength(18);
            personName.setMaxLength(100);
            facts.setMaxLength(4000);
            activeUntil.setHelperText(getTranslation("integrity.activeUntil.help"));
            FormErrors errors = new FormErrors(this).bind("idNumber", idNumber).bind("personName", personName)
                    .bind("finding", finding).bind("facts", facts).bind("activeFrom", activeFrom).bind("activeUntil", activeUntil);
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClickListener(e -> {
                try {
                    errors.clear();
                    if (errors.refuseUnreadableDates()) {
                        return;
                    }
                    IntegrityEntry entry = file.record(new IntegrityEntryRequest(idNumber.getValue(), personName.getValue(),
                            finding.getValue(), facts.getValue(), activeFrom.getValue(), activeUntil.getValue()));
                    Notification.show(getTranslation("integrity.recorded", entry.personName(), entry.activeUntil()), 3000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    idNumber.clear();
                    personName.clear();
                    finding.clear();
                    facts.clear();
                    activeFrom.clear();
                    activeUntil.clear();
                    refresh();
                } catch (InvalidInputException ex) {
                    errors.show(ex);
                }
            });
            add(new H3(getTranslation("integrity.new")),
                    new FormLayout(idNumber, personName, finding, activeFrom, activeUntil, facts), record);
        }
        refresh();
    }

    private void refresh() {
        String q = query.getValue();
        grid.setItems(page -> file.search(q, page.getOffset(), page.getLimit()).stream(), page -> file.count(q));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.integrityFile");
    }
}
