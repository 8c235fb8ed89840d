package org.talentbridge.applicant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ui.ItemDocumentsDialog;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * One list of the profile (certificates, titles, work periods, assessments): a grid of what is recorded with
 * a remove button per row, and a form below it that adds a row. A refused entry keeps what was typed and
 * shows the reason beside each field.
 */
abstract class ProfileSection<T> extends VerticalLayout {

    final Grid<T> grid = new Grid<>();
    final Button add = new Button();
    final FormErrors errors = new FormErrors(this);
    private final FormLayout form = new FormLayout();
    private final Runnable onChange;

    ProfileSection(String titleKey, Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("profile.empty"));
        add.setText(getTranslation("profile.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> submit());
        add(new H3(getTranslation(titleKey)), grid, form, add);
    }

    /** Adds the remove column; call after the data columns. */
    void addRemoveColumn(Consumer<T> remover) {
        grid.addComponentColumn(row -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                try {
                    remover.accept(row);
                } catch (InvalidInputException | AccessDeniedException gone) {
                    // removed meanwhile (another tab): say so and show the list as it is now
                    Notification.show(getTranslation("validation.notFound"), 3000, Notification.Position.BOTTOM_START);
                }
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("profile.remove"));
            remove.setTooltipText(getTranslation("profile.remove"));
            return remove;
        }).setFlexGrow(0).setWidth("5em");
    }

    /** How many documents each item has (set before {@link #show}). */
    private transient java.util.Map<ItemRef, Integer> documentCounts = java.util.Map.of();

    /** Adds the documents column (casefile): a button per row that opens the item's documents. */
    void addDocumentsColumn(CaseFileService caseFiles, java.util.function.Function<T, ItemRef> item,
                            java.util.function.Function<T, String> label) {
        grid.addComponentColumn(row -> {
            ItemRef ref = item.apply(row);
            Button open = new Button(getTranslation("casefile.button", documentCounts.getOrDefault(ref, 0)),
                    VaadinIcon.PAPERCLIP.create(), e -> new ItemDocumentsDialog(caseFiles, ref, label.apply(row), onChange).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setHeader(getTranslation("casefile.title")).setKey("documents").setFlexGrow(0).setWidth("9em");
    }

    void documentCounts(java.util.Map<ItemRef, Integer> counts) {
        this.documentCounts = counts;
    }

    void formFields(Component... fields) {
        form.add(fields);
    }

    void show(List<T> rows) {
        grid.setItems(rows);
    }

    private void submit() {
        errors.clear();
        if (errors.refuseUnreadableDates()) {
            return; // a typed date that is not a date is never sent as "no date"
        }
        try {
            save();
            errors.clear();
            clearForm();
            Notification.show(getTranslation("profile.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onChange.run();
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }

    /** Sends the form to the service; throws InvalidInputException when refused. */
    abstract void save();

    abstract void clearForm();
}
