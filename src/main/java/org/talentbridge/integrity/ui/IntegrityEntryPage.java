package org.talentbridge.integrity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.integrity.IntegrityEntry;
import org.talentbridge.integrity.IntegrityEntryDetail;
import org.talentbridge.integrity.IntegrityFileService;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * One entry of the integrity file in full, the entries that lift it and the person's history. Opening it is
 * audited. Integrity officers may lift the entry early with a reason (a new LIFTED entry; nothing is changed).
 */
@Route("integrity/file")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class IntegrityEntryPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final FormLayout details = new FormLayout();
    final Grid<IntegrityEntry> history = new Grid<>();
    final TextArea reason = new TextArea(getTranslation("field.reason"));
    final Button lift = new Button(getTranslation("integrity.lift"));
    private final transient IntegrityFileService file;
    private final boolean officer;
    IntegrityEntryDetail detail;

    public IntegrityEntryPage(IntegrityFileService file, AuthenticationContext authentication) {
        this.file = file;
        this.officer = authentication.hasRole("INTEGRITY_OFFICER");
        history.setAllRowsVisible(true);
        history.addColumn(IntegrityEntry::id).setHeader(getTranslation("integrity.entryNumber"));
        history.addColumn(e -> getTranslation(e.finding().messageKey())).setHeader(getTranslation("field.finding"));
        history.addColumn(IntegrityEntry::activeFrom).setHeader(getTranslation("field.activeFrom"));
        history.addColumn(IntegrityEntry::activeUntil).setHeader(getTranslation("field.activeUntil"));
        history.addColumn(e -> e.liftsEntryId() == null ? "" : getTranslation("integrity.lifts", e.liftsEntryId()))
                .setHeader(getTranslation("integrity.state"));
        history.addColumn(IntegrityEntry::facts).setHeader(getTranslation("field.facts")).setFlexGrow(3);
        history.addColumn(IntegrityEntry::recordedBy).setHeader(getTranslation("integrity.recordedBy"));
        reason.setMaxLength(4000);
        reason.setWidthFull();
        lift.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        lift.addClickListener(e -> {
            try {
                errors.clear();
                IntegrityEntry lifting = file.lift(detail.entry().id(), reason.getValue());
                Notification.show(getTranslation("integrity.liftDone", lifting.id()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reason.clear();
                show(detail.entry().id());
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(long id) {
        removeAll();
        try {
            detail = file.open(id);
        } catch (InvalidInputException e) {
            add(new Paragraph(getTranslation("validation.notFound")));
            return;
        }
        IntegrityEntry entry = detail.entry();
        details.removeAll();
        details.add(text("integrity.entryNumber", String.valueOf(entry.id())), text("field.personName", entry.personName()),
                text("field.idNumber", entry.idNumber()), text("field.finding", getTranslation(entry.finding().messageKey())),
                text("field.activeFrom", Objects.toString(entry.activeFrom(), "")),
                text("field.activeUntil", Objects.toString(entry.activeUntil(), "")),
                text("integrity.recordedBy", entry.recordedBy() + " " + entry.recordedAt().toLocalDate()));
        TextArea facts = new TextArea(getTranslation("field.facts"));
        facts.setValue(entry.facts());
        facts.setReadOnly(true);
        facts.setWidthFull();
        history.setItems(detail.history());
        add(new H2(getTranslation("integrity.entryTitle", entry.id())), details, facts);
        if (detail.lifted()) {
            add(new Paragraph(getTranslation("integrity.liftedBy", detail.liftedBy().get(0).id(), detail.liftedBy().get(0).facts())));
        }
        add(new H3(getTranslation("integrity.history")), history);
        if (officer && !detail.lifted() && entry.liftsEntryId() == null) {
            add(new H3(getTranslation("integrity.liftTitle")), reason, lift);
        }
    }

    private TextField text(String labelKey, String value) {
        return Labels.readOnly(this, labelKey, value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.integrityFile");
    }
}
