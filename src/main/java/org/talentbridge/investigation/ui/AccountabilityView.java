package org.talentbridge.investigation.ui;

import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.talentbridge.investigation.AccountabilityRow;
import org.talentbridge.investigation.InvestigationProperties;
import org.talentbridge.investigation.Accountability;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The accountability list (issue 6, item 3): the staff who handled the cases of confirmed findings, and what was done
 * about each. Integrity officers record the follow-up of an item once; administrators read.
 */
@Route("integrity/accountability")
@Menu(order = 51.3, title = "nav.accountability")
@RolesAllowed({"INTEGRITY_OFFICER", "ADMIN"})
public class AccountabilityView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Checkbox openOnly = new Checkbox(getTranslation("investigation.accountabilityOpenOnly"), true);
    final Grid<AccountabilityRow> grid = new Grid<>();
    /** The follow-up dialog open now, if any. */
    FollowUpDialog dialog;
    private final transient Accountability service;
    private final InvestigationProperties limits;

    public AccountabilityView(Accountability service, InvestigationProperties limits, AuthenticationContext authentication) {
        this.service = service;
        this.limits = limits;
        boolean officer = authentication.hasRole("INTEGRITY_OFFICER");
        grid.addComponentColumn(r -> new RouterLink(r.investigationNumber(), InvestigationPage.class, r.investigationNumber()))
                .setHeader(getTranslation("investigation.number")).setAutoWidth(true);
        GridColumns.identifier(grid.addColumn(AccountabilityRow::caseNumber).setHeader(getTranslation("investigation.caseNumber")));
        grid.addColumn(r -> r.displayName() == null ? r.username() : r.displayName() + " (" + r.username() + ")").setHeader(getTranslation("investigation.staff"));
        grid.addColumn(a -> involvement(a.involvement()))
                .setHeader(getTranslation("investigation.involvement"));
        grid.addColumn(r -> r.followUp() == null ? "" : getTranslation("investigation.followUpBy", r.followUp(), r.followedUpBy(),
                Labels.dateTime(r.followedUpAt()))).setHeader(getTranslation("investigation.followUp")).setFlexGrow(3);
        if (officer) {
            grid.addComponentColumn(r -> {
                Button record = new Button(getTranslation("investigation.recordFollowUp"), e -> openDialog(r));
                record.setVisible(r.followUp() == null);
                return record;
            });
        }
        grid.setEmptyStateText(getTranslation("investigation.accountabilityEmpty"));
        openOnly.addValueChangeListener(e -> refresh());
        add(new Paragraph(getTranslation("investigation.accountabilityHelp")), openOnly, grid);
        setSizeFull();
    }

    void openDialog(AccountabilityRow row) {
        dialog = new FollowUpDialog(row);
        dialog.open();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        boolean open = openOnly.getValue();
        grid.setItems(q -> service.page(open, q.getOffset(), q.getLimit()).stream(),
                q -> service.count(open));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accountability");
    }

    /** Records what was done about one staff member's part in a case; refused with a field error. */
    class FollowUpDialog extends Dialog {

        final TextArea followUp = new TextArea(getTranslation("investigation.followUp"));
        final Button save = new Button(getTranslation("investigation.save"));

        FollowUpDialog(AccountabilityRow row) {
            setHeaderTitle(getTranslation("investigation.followUpTitle", row.displayName(), row.caseNumber()));
            followUp.setMaxLength(limits.maxTextLength());
            followUp.setWidthFull();
            FormErrors errors = new FormErrors(this).bind("followUp", followUp);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                errors.clear();
                try {
                    service.recordFollowUp(row.id(), followUp.getValue());
                } catch (InvalidInputException ex) {
                    errors.show(ex);
                    return;
                }
                close();
                refresh();
            });
            add(followUp);
            getFooter().add(new Button(getTranslation("investigation.cancel"), e -> close()), save);
            setWidth("min(40rem, 95vw)");
        }
    }

    /** The involvement codes ({@code task:<id>}, {@code audit:<action>}) in the reader's words, as the case timeline names them. */
    private String involvement(String codes) {
        return java.util.Arrays.stream(codes.split("; ")).map(code -> {
            String name = code.substring(code.indexOf(':') + 1);
            String label = getTranslation("timeline." + name);
            return label.startsWith("!") ? name : label;
        }).collect(java.util.stream.Collectors.joining("；"));
    }
}
