package org.talentbridge.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one date field of every screen (issue 12, item 8): it shows dates as {@code yyyy-MM-dd}, as every grid does,
 * in both languages, and reads what people type: {@code 2022-06-29}, {@code 2022-6-29}, {@code 2022/6/29},
 * {@code 2022.6.29}, {@code 2022年6月29日}, {@code 20220629}. Text it cannot read as a date is a field error naming
 * the text, never a silently empty field: {@link FormErrors#refuseUnreadableDates()} stops a form from sending it.
 * Month and weekday names follow the screen's language; weeks start on Monday.
 */
public class IsoDatePicker extends DatePicker {

    /** How dates are shown; the first of {@link #PARSE_FORMATS}. */
    public static final String FORMAT = "yyyy-MM-dd";
    /** What the browser reads by itself; anything else goes to the server's reading ({@link #read(String)}). */
    static final String[] PARSE_FORMATS = {FORMAT, "yyyy/M/d", "yyyy.M.d", "yyyy-M-d"};
    /** Year, month and day separated by - / . or the characters for year and month (day optional), or eight digits. */
    private static final Pattern SEPARATED = Pattern.compile(
            "^\\s*(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65e5?\\s*$");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$");
    /** Monday: the week's first day in the calendar, as calendars in China show it. */
    private static final int MONDAY = 1;

    public IsoDatePicker() {
        this(null);
    }

    public IsoDatePicker(String label) {
        if (label != null) {
            setLabel(label);
        }
        Locale locale = getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setDateFormats(PARSE_FORMATS[0], Arrays.copyOfRange(PARSE_FORMATS, 1, PARSE_FORMATS.length));
        i18n.setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(MONDAY);
        i18n.setToday(getTranslation("datePicker.today"));
        i18n.setCancel(getTranslation("datePicker.cancel"));
        i18n.setBadInputErrorMessage(getTranslation("validation.dateFormat"));
        setI18n(i18n);
        setPlaceholder(FORMAT);
        setFallbackParser(text -> read(text).map(Result::ok)
                .orElseGet(() -> Result.error(getTranslation("validation.dateUnreadable", text))));
    }

    /** The date {@code text} names in one of the accepted ways, or empty. */
    static java.util.Optional<LocalDate> read(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        Matcher m = SEPARATED.matcher(text);
        if (!m.matches()) {
            m = COMPACT.matcher(text);
            if (!m.matches()) {
                return java.util.Optional.empty();
            }
        }
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return java.util.Optional.empty(); // 2022-02-30 and the like
        }
    }

    /** The user typed something that is not a date: the value reads as empty, but the field is not. */
    public boolean hasUnreadableInput() {
        return isInputUnparsable();
    }

    /** Shows the field error for unreadable text (used by {@link FormErrors#refuseUnreadableDates()}). */
    void markUnreadable() {
        setErrorMessage(getTranslation("validation.dateUnreadable", getElement().getProperty("_inputElementValue", "")));
        setInvalid(true);
    }
}
