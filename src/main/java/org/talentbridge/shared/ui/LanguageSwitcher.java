package org.talentbridge.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.talentbridge.shared.i18n.SpringI18NProvider;

/** 中文 / English. The choice lives in the session and applies to every screen after a reload. */
public class LanguageSwitcher extends Select<Locale> {

    public LanguageSwitcher() {
        setItems(SpringI18NProvider.CHINESE, SpringI18NProvider.ENGLISH);
        // each language is named in itself (中文, English), whatever the current language
        setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        setAriaLabel(getTranslation("language"));
        setWidth("8em");
        setValue(UiInitializer.current());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(UiInitializer.SESSION_KEY, e.getValue());
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
