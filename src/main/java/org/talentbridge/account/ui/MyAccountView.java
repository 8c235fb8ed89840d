package org.talentbridge.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;

/** Everyone: their own account, and the e-mail address notifications are mailed to (when mail is configured). */
@Route("account")
@Menu(order = 95, title = "nav.myAccount")
@PermitAll
public class MyAccountView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final TextField username = new TextField(getTranslation("field.username"));
    final TextField roles = new TextField(getTranslation("field.role"));
    final EmailField email = new EmailField(getTranslation("field.email"));
    final Button save = new Button(getTranslation("account.saveEmail"));
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;

    public MyAccountView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        setMaxWidth("50em");
        username.setReadOnly(true);
        roles.setReadOnly(true);
        email.setHelperText(getTranslation("account.email.help"));
        email.setMaxLength(254);
        email.setClearButtonVisible(true);
        FormErrors errors = new FormErrors(this).bind("email", email);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                errors.clear();
                accounts.changeMyEmail(email.getValue());
                Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        add(new FormLayout(username, roles, email), save);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        AccountView me = currentUser.require();
        username.setValue(me.username());
        roles.setValue(me.roles().stream().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator"))));
        email.setValue(me.email() == null ? "" : me.email());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myAccount");
    }
}
