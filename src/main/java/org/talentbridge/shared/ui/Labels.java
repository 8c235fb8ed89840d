package org.talentbridge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Small helpers for showing policy values in the user's language. */
public final class Labels {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Labels() {
    }

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static String dateTime(java.time.temporal.TemporalAccessor time) {
        if (time == null) {
            return "";
        }
        if (time instanceof java.time.OffsetDateTime odt) {
            return DATE_TIME.format(odt.atZoneSameInstant(java.time.ZoneId.systemDefault()));
        }
        return DATE_TIME.format(time);
    }

    public static String dateTime(java.util.Date date) {
        return date == null ? "" : DATE_TIME.format(date.toInstant().atZone(java.time.ZoneId.systemDefault()));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A read-only text field showing {@code value} under the translated label (case heads, task screens). */
    public static com.vaadin.flow.component.textfield.TextField readOnly(Component owner, String labelKey, String value) {
        com.vaadin.flow.component.textfield.TextField field = new com.vaadin.flow.component.textfield.TextField(
                owner.getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        return field;
    }

    /** A select of enum values labelled through their {@code messageKey()}. */
    public static <E extends Enum<E>> Select<E> enumSelect(Component owner, String labelKey, Class<E> type,
                                                     java.util.function.Function<E, String> key) {
        Select<E> select = new Select<>();
        select.setLabel(owner.getTranslation(labelKey));
        select.setItems(type.getEnumConstants());
        select.setItemLabelGenerator(v -> v == null ? "" : owner.getTranslation(key.apply(v)));
        return select;
    }
}
