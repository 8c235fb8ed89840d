package org.talentbridge.shared.engine;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Texts for the engine's doors (Cockpit, Tasklist, the engine REST API): in the language the caller asks for with
 * Accept-Language (browsers always send it), otherwise in Simplified Chinese, the product's default.
 */
public final class EngineMessages {

    private EngineMessages() {
    }

    public static String text(MessageSource messages, String key, Object... args) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getHeader("Accept-Language") != null) {
            locale = request.getRequest().getLocale();
        }
        return messages.getMessage(key, args, locale);
    }
}
