package org.talentbridge.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's {@code getTranslation} backed by Spring's {@link MessageSource}, so that views, validation
 * messages and API errors read the same bundles ({@code i18n/messages_zh_CN.properties} by default,
 * {@code messages_en.properties}).
 */
@Component
public class SpringI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    public SpringI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null || !ENGLISH.getLanguage().equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        try {
            return messages.getMessage(key, params, effective);
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}
