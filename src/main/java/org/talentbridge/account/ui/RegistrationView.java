package org.talentbridge.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.RegistrationRequest;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.LanguageSwitcher;
import org.talentbridge.shared.validation.InvalidInputException;

/** Applicant self-registration. Every refused field shows its reason beside it; nothing typed is lost. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final TextField idNumber = new TextField();
    final TextField mobile = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordConfirmation = new PasswordField();
    final Button submit = new Button();
    private final FormErrors errors = new FormErrors(this);

    public RegistrationView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        username.setLabel(getTranslation("field.username"));
        username.setHelperText(getTranslation("register.username.help"));
        displayName.setLabel(getTranslation("field.displayName"));
        idNumber.setLabel(getTranslation("field.idNumber"));
        idNumber.setMaxLength(18);
        mobile.setLabel(getTranslation("field.mobile"));
        mobile.setMaxLength(11);
        password.setLabel(getTranslation("field.password"));
        password.setHelperText(getTranslation("register.password.help"));
        passwordConfirmation.setLabel(getTranslation("field.passwordConfirmation"));
        errors.bind("username", username).bind("displayName", displayName).bind("idNumber", idNumber)
                .bind("mobile", mobile).bind("password", password).bind("passwordConfirmation", passwordConfirmation);

        submit.setText(getTranslation("register.submit"));
        submit.addClickListener(e -> {
            try {
                accounts.register(new RegistrationRequest(username.getValue(), displayName.getValue(),
                        idNumber.getValue(), mobile.getValue(), password.getValue(), passwordConfirmation.getValue()));
                Notification.show(getTranslation("register.submitted"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate(LoginView.class);
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } finally {
                submit.setEnabled(true);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);

        FormLayout form = new FormLayout(username, displayName, idNumber, mobile, password, passwordConfirmation);
        form.setMaxWidth("40em");
        add(new LanguageSwitcher(), new H1(getTranslation("register.title")), form, submit,
                new Anchor("login", getTranslation("register.toLogin")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
