package org.talentbridge.eligibility;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders checklist lines in a language (arguments starting with {@code @} are translated first). */
@Component
public class ScreeningMessages {

    private final MessageSource messages;

    ScreeningMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String render(Check check, Locale locale) {
        Object[] args = check.arguments().stream()
                .map(a -> a.startsWith("@") ? messages.getMessage(a.substring(1), null, a.substring(1), locale) : a)
                .toArray();
        return messages.getMessage(check.messageKey(), args, check.messageKey(), locale);
    }
}
