package org.talentbridge.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.talentbridge.shared.calendar.CalendarDay;
import org.talentbridge.shared.calendar.CalendarYear;
import org.talentbridge.shared.calendar.WorkingDayCalendarStore;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.IsoDatePicker;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Administrators: the working-day calendar per year — add a year, list its public holidays (weekdays) and made-up
 * working days (weekends), publish it. Deadlines into a year that is not published are provisional.
 */
@Route("admin/calendar")
@Menu(order = 87, title = "nav.calendar")
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final IntegerField newYear = new IntegerField(getTranslation("calendar.newYear"));
    final Button addYear = new Button(getTranslation("calendar.addYear"));
    final Grid<CalendarYear> years = new Grid<>();
    final Select<Integer> year = new Select<>();
    final IsoDatePicker day = new IsoDatePicker(getTranslation("calendar.day"));
    final Select<CalendarDay.Kind> kind = Labels.enumSelect(this, "calendar.kind", CalendarDay.Kind.class, k -> "calendar.kind." + k);
    final Button addDay = new Button(getTranslation("calendar.addDay"));
    final Button publish = new Button(getTranslation("calendar.publish"));
    final Grid<CalendarDay> days = new Grid<>();
    private final FormErrors errors = new FormErrors(this);
    private final transient WorkingDayCalendarStore store;

    public CalendarView(WorkingDayCalendarStore store) {
        this.store = store;
        errors.bind("year", newYear).bind("day", day).bind("kind", kind);
        addYear.addClickListener(e -> run(() -> store.addYear(newYear.getValue()), newYear.getValue()));
        year.setLabel(getTranslation("calendar.year"));
        year.addValueChangeListener(e -> showDays());
        kind.setValue(CalendarDay.Kind.HOLIDAY);
        addDay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addDay.addClickListener(e -> {
            if (!errors.refuseUnreadableDates()) {
                run(() -> store.addDay(year.getValue(), day.getValue(), kind.getValue()), year.getValue());
            }
        });
        publish.addClickListener(e -> run(() -> store.publish(year.getValue()), year.getValue()));
        years.addColumn(CalendarYear::year).setHeader(getTranslation("calendar.year"));
        years.addColumn(y -> getTranslation(y.published() ? "calendar.published" : "calendar.unpublished")).setHeader(getTranslation("calendar.state"));
        years.addColumn(y -> y.days().size()).setHeader(getTranslation("calendar.listed"));
        years.setAllRowsVisible(true);
        years.addItemClickListener(e -> year.setValue(e.getItem().year()));
        days.addColumn(d -> Labels.date(d.day())).setHeader(getTranslation("calendar.day"));
        days.addColumn(d -> getTranslation("calendar.kind." + d.kind())).setHeader(getTranslation("calendar.kind"));
        days.addComponentColumn(d -> new Button(getTranslation("calendar.remove"), e -> run(() -> store.removeDay(d.day()), d.day().getYear())));
        days.setAllRowsVisible(true);
        days.setEmptyStateText(getTranslation("calendar.noDays"));
        HorizontalLayout yearRow = new HorizontalLayout(newYear, addYear);
        HorizontalLayout dayRow = new HorizontalLayout(year, day, kind, addDay, publish);
        yearRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        dayRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("calendar.help")), yearRow, years, dayRow, days);
    }

    private void run(Runnable change, Integer selected) {
        errors.clear();
        try {
            change.run();
            refresh(selected);
        } catch (InvalidInputException ex) {
            errors.show(ex);
        }
    }

    void refresh(Integer selected) {
        List<CalendarYear> all = store.years();
        years.setItems(all);
        year.setItems(all.stream().map(CalendarYear::year).toList());
        if (selected != null && all.stream().anyMatch(y -> y.year() == selected)) {
            year.setValue(selected);
        }
        showDays();
    }

    private void showDays() {
        CalendarYear shown = store.years().stream().filter(y -> year.getValue() != null && y.year() == year.getValue()).findFirst().orElse(null);
        days.setItems(shown == null ? List.of() : shown.days());
        publish.setEnabled(shown != null && !shown.published());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
