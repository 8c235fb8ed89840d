package org.talentbridge.round.ui;

import java.time.Clock;
import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/** Administrators: the evaluation rounds, and a new one (series, reference date, intake window, deadlines). */
@Route("admin/rounds")
@Menu(order = 85, title = "nav.rounds")
@RolesAllowed("ADMIN")
public class RoundsView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    final Grid<RoundView> grid = new Grid<>();
    final IntegerField year = new IntegerField(getTranslation("field.year"));
    final TextField name = new TextField(getTranslation("field.roundName"));
    final MultiSelectComboBox<String> series = new MultiSelectComboBox<>(getTranslation("field.series"));
    final IsoDatePicker referenceDate = new IsoDatePicker(getTranslation("field.referenceDate"));
    final IsoDatePicker intakeOpens = new IsoDatePicker(getTranslation("field.intakeOpens"));
    final IsoDatePicker intakeCloses = new IsoDatePicker(getTranslation("field.intakeCloses"));
    final IntegerField correctionDays = new IntegerField(getTranslation("field.correctionDays"));
    final IntegerField reviewSlaWorkingDays = new IntegerField(getTranslation("field.reviewSlaWorkingDays"));
    final TextField voteQuorum = new TextField(getTranslation("field.voteQuorum"));
    final TextField votePass = new TextField(getTranslation("field.votePass"));
    final Button create = new Button(getTranslation("rounds.create"));
    private final FormErrors errors = new FormErrors(this);
    private final transient RoundService rounds;
    private final Clock clock;

    public RoundsView(RoundService rounds, CatalogService catalog, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        grid.setAllRowsVisible(true);
        grid.addColumn(RoundView::name).setHeader(getTranslation("field.roundName")).setFlexGrow(2);
        grid.addColumn(r -> String.join(getTranslation("list.separator"), r.series())).setHeader(getTranslation("field.series")).setFlexGrow(2);
        grid.addColumn(r -> Labels.date(r.referenceDate())).setHeader(getTranslation("field.referenceDate"));
        grid.addColumn(r -> Labels.date(r.intakeOpens()) + " – " + Labels.date(r.intakeCloses())).setHeader(getTranslation("rounds.intake"));
        grid.addColumn(RoundView::correctionDays).setHeader(getTranslation("field.correctionDays"));
        grid.addColumn(RoundView::reviewSlaWorkingDays).setHeader(getTranslation("field.reviewSlaWorkingDays"));
        grid.setEmptyStateText(getTranslation("rounds.empty"));

        series.setItems(catalog.seriesNames());
        year.setValue(LocalDate.now(clock).getYear());
        correctionDays.setValue(10);
        correctionDays.setHelperText(getTranslation("rounds.correctionDays.help"));
        reviewSlaWorkingDays.setValue(5);
        errors.bind("year", year).bind("name", name).bind("series", series).bind("referenceDate", referenceDate)
                .bind("intakeOpens", intakeOpens).bind("intakeCloses", intakeCloses).bind("correctionDays", correctionDays)
                .bind("reviewSlaWorkingDays", reviewSlaWorkingDays).bind("voteQuorum", voteQuorum).bind("votePass", votePass);
        voteQuorum.setPlaceholder("2/3");
        voteQuorum.setHelperText(getTranslation("rounds.voteQuorum.help"));
        votePass.setPlaceholder("2/3");
        votePass.setHelperText(getTranslation("rounds.votePass.help"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            errors.clear();
            if (errors.refuseUnreadableDates()) {
                return;
            }
            try {
                RoundView created = rounds.create(new RoundRequest(year.getValue(), name.getValue(), List.copyOf(series.getValue()),
                        referenceDate.getValue(), intakeOpens.getValue(), intakeCloses.getValue(), correctionDays.getValue(),
                        reviewSlaWorkingDays.getValue(), voteQuorum.getValue(), votePass.getValue()));
                errors.clear();
                Notification.show(getTranslation("rounds.created", created.name()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                name.clear();
                refresh();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        add(grid, new H3(getTranslation("rounds.new")), new FormLayout(year, name, series, referenceDate, intakeOpens,
                intakeCloses, correctionDays, reviewSlaWorkingDays, voteQuorum, votePass), create);
    }

    private void refresh() {
        grid.setItems(rounds.all());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rounds");
    }
}
