package org.talentbridge.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.talentbridge.shared.ui.LanguageSwitcher;

/** Sign-in for every role; applicants without an account find the registration link here. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter of a refused sign-in whose account name or address is locked: minutes to wait. */
    public static final String LOCKED_PARAMETER = "locked";
    /** The query parameter of a sign-in that could not be checked because the accounts cannot be read now. */
    public static final String UNAVAILABLE_PARAMETER = "unavailable";

    final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        add(new LanguageSwitcher(), new H1(getTranslation("app.name")), new Paragraph(getTranslation("app.tagline")),
                form, new Anchor("register", getTranslation("login.register")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        java.util.Map<String, java.util.List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        java.util.List<String> locked = parameters.get(LOCKED_PARAMETER);
        if (locked != null) {
            String minutes = locked.isEmpty() || !locked.get(0).matches("\\d{1,4}") ? "?" : locked.get(0);
            showError("signin.locked.title", getTranslation("signin.locked.message", minutes));
        }
        if (parameters.containsKey(UNAVAILABLE_PARAMETER)) {
            showError("signin.unavailable.title", getTranslation("signin.unavailable.message"));
        }
        form.setError(parameters.containsKey("error") || locked != null);
    }

    /** The form's error box says this instead of "wrong account name or password". */
    private void showError(String titleKey, String message) {
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(message);
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
