package org.talentbridge.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneOffset;
import org.talentbridge.account.token.ApiTokenRequest;
import org.talentbridge.account.token.ApiTokenRow;
import org.talentbridge.account.token.ApiTokenService;
import org.talentbridge.account.token.IssuedApiToken;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The accounts screen's API tokens: issue one for an account (its text shown once, with a copy button), every token
 * with its expiry and last use, and a revoke button on each usable one.
 */
class ApiTokensSection extends VerticalLayout {

    static final int DEFAULT_DAYS = 90;

    final TextField account = new TextField(getTranslation("field.account"));
    final TextField name = new TextField(getTranslation("apiToken.name"));
    final IntegerField validDays = new IntegerField(getTranslation("field.validDays"));
    final Button issue = new Button(getTranslation("apiToken.issue"));
    /** The text of the token just issued: shown once, read-only, copyable. */
    final TextField issued = new TextField(getTranslation("apiToken.issued"));
    final Button copy = new Button(getTranslation("apiToken.copy"));
    final Grid<ApiTokenRow> grid = new Grid<>();
    private final FormErrors errors = new FormErrors(this);
    private final transient ApiTokenService tokens;

    ApiTokensSection(ApiTokenService tokens) {
        this.tokens = tokens;
        setPadding(false);
        validDays.setValue(DEFAULT_DAYS);
        validDays.setHelperText(getTranslation("apiToken.validDays.help"));
        errors.bind("account", account).bind("name", name).bind("validDays", validDays);
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        issued.setReadOnly(true);
        issued.setWidthFull();
        issued.setHelperText(getTranslation("apiToken.issued.help"));
        copy.addClickListener(e -> copy.getElement().executeJs("navigator.clipboard.writeText($0)", issued.getValue()));
        HorizontalLayout shownOnce = new HorizontalLayout(issued, copy);
        shownOnce.setWidthFull();
        shownOnce.setAlignItems(Alignment.BASELINE);
        shownOnce.setVisible(false);
        issued.addValueChangeListener(e -> shownOnce.setVisible(!e.getValue().isEmpty()));

        grid.addColumn(ApiTokenRow::account).setHeader(getTranslation("field.account"));
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("apiToken.name"));
        grid.addColumn(t -> time(t.createdAt()) + " · " + t.createdBy()).setHeader(getTranslation("apiToken.createdAt"));
        grid.addColumn(t -> time(t.expiresAt())).setHeader(getTranslation("apiToken.expiresAt"));
        grid.addColumn(t -> time(t.lastUsedAt())).setHeader(getTranslation("apiToken.lastUsedAt"));
        grid.addColumn(t -> t.revokedAt() != null ? getTranslation("apiToken.state.revoked", time(t.revokedAt()), t.revokedBy())
                : tokens.usable(t) ? getTranslation("apiToken.state.usable") : getTranslation("apiToken.state.expired"))
                .setHeader(getTranslation("apiToken.state"));
        grid.addComponentColumn(t -> t.revokedAt() != null ? new Span() : new Button(getTranslation("apiToken.revoke"), e -> {
            tokens.revoke(t.id());
            Notification.show(getTranslation("apiToken.revoked", t.name()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        })).setHeader(getTranslation("apiToken.revoke")).setKey("revoke");
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("apiToken.title")), new Span(getTranslation("apiToken.help")),
                new FormLayout(account, name, validDays), issue, shownOnce, grid);
    }

    private void issue() {
        try {
            IssuedApiToken token = tokens.issue(new ApiTokenRequest(account.getValue(), name.getValue(), validDays.getValue()));
            errors.clear();
            issued.setValue(token.token());
            Notification.show(getTranslation("apiToken.issuedFor", token.name(), token.account()), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            refresh();
        } catch (InvalidInputException ex) {
            issued.clear();
            errors.show(ex);
        }
    }

    void refresh() {
        grid.setItems(q -> tokens.page(q.getOffset(), q.getLimit()).stream(), q -> tokens.count());
    }

    private static String time(Instant instant) {
        return instant == null ? "" : Labels.dateTime(instant.atOffset(ZoneOffset.UTC));
    }
}
