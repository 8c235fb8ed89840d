package org.talentbridge.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.talentbridge.shared.i18n.SpringI18NProvider;

/**
 * Notification texts: stored as a message key and arguments, rendered in the reader's language. An argument is
 * either text shown as is ({@link #text}: a case number, a reviewer's reason) or a key translated when shown
 * ({@link #key}: a case stage), so a stored notification reads right in either language.
 */
@Component
class NotificationText {

    private static final String TEXT = "t:";
    private static final String KEY = "k:";
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    NotificationText(MessageSource messages) {
        this.messages = messages;
    }

    static String text(String value) {
        return TEXT + (value == null ? "" : value);
    }

    static String key(String messageKey) {
        return KEY + messageKey;
    }

    static String dateTime(Date date) {
        return text(date == null ? "" : DATE_TIME.format(date.toInstant().atZone(ZoneId.systemDefault())));
    }

    /** Chinese unless English is asked for, as the screens do. */
    static Locale effective(Locale locale) {
        return locale != null && SpringI18NProvider.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? SpringI18NProvider.ENGLISH : SpringI18NProvider.CHINESE;
    }

    String render(String messageKey, List<String> args, Locale locale) {
        Locale effective = effective(locale);
        Object[] values = args.stream().map(a -> a.startsWith(KEY)
                ? messages.getMessage(a.substring(KEY.length()), null, a.substring(KEY.length()), effective)
                : a.startsWith(TEXT) ? a.substring(TEXT.length()) : a).toArray();
        return messages.getMessage(messageKey, values, "!" + messageKey, effective);
    }

    String label(NotificationKind kind, Locale locale) {
        return messages.getMessage(kind.messageKey(), null, "!" + kind.messageKey(), effective(locale));
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, "!" + key, effective(locale));
    }
}
