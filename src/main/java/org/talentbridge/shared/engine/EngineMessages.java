package org.talentbridge.shared.engine;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.talentbridge.shared.i18n.SpringI18NProvider;

/**
 * Texts for the engine's doors (Cockpit, Tasklist, the engine REST API): in the caller's language as the API's own
 * {@link LocaleResolver} reads it (Accept-Language, Chinese by default); outside a request, in Simplified Chinese.
 */
@Component
public class EngineMessages {

    private final MessageSource messages;
    private final LocaleResolver locales;

    EngineMessages(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    public String text(String key, Object... args) {
        Locale locale = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? locales.resolveLocale(request.getRequest()) : SpringI18NProvider.CHINESE;
        return messages.getMessage(key, args, locale);
    }
}
