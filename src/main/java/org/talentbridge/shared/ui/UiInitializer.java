package org.talentbridge.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.i18n.SpringI18NProvider;

/**
 * Every UI speaks Simplified Chinese unless the user chose English in this session, and reports errors
 * to the user in that language ({@link FriendlyErrorHandler}).
 */
@Component
public class UiInitializer implements VaadinServiceInitListener {

    static final String SESSION_KEY = "talentbridge.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(current()));
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
    }

    /** The locale of the current session (Chinese by default). */
    public static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return SpringI18NProvider.CHINESE;
    }
}
