package org.talentbridge.casework.ui;

import java.time.Clock;
import org.talentbridge.shared.ui.GridColumns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.catalog.ui.OccupationField;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Apply for a professional title: occupation, series (offered when the annex gives two), target level and
 * the ethics declaration. The case freezes the profile as it is now.
 */
@Route("apply")
@Menu(order = 20, title = "nav.apply")
@RolesAllowed("APPLICANT")
public class ApplyView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<String> occupation;
    final Select<String> series;
    final Select<TitleLevel> targetLevel = Labels.enumSelect(this, "field.targetLevel", TitleLevel.class,
            TitleLevel::messageKey);
    final Select<RoundView> round = new Select<>();
    final Checkbox ethics = new Checkbox(getTranslation("apply.ethics"));
    final Button submit = new Button(getTranslation("apply.submit"));
    private final FormErrors errors = new FormErrors(this);

    private final Clock clock;

    public ApplyView(TitleCaseService cases, CatalogService catalog, RoundService rounds, Clock clock) {
        this.clock = clock;
        setMaxWidth("60em");
        OccupationField occupations = new OccupationField(catalog);
        occupation = occupations.create(this, "field.occupation");
        series = occupations.seriesFor(this, occupation);
        round.setLabel(getTranslation("field.roundId"));
        round.setItemLabelGenerator(r -> getTranslation("apply.round.label", r.name(), Labels.date(r.referenceDate()),
                Labels.date(r.intakeCloses())));
        round.setHelperText(getTranslation("apply.round.help"));
        series.addValueChangeListener(e -> offerRounds(rounds));
        occupation.addValueChangeListener(e -> offerRounds(rounds));
        errors.bind("occupationName", occupation).bind("series", series).bind("targetLevel", targetLevel)
                .bind("roundId", round)
                .bind("ethicsDeclaration", ethics);

        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            Optional<CaseSummary> running = cases.myRunningCase();
            if (running.isPresent()) {
                Notification.show(getTranslation("apply.alreadyRunning", running.get().caseNumber()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
                UI.getCurrent().navigate(CaseView.class, running.get().caseNumber());
                return;
            }
            try {
                CaseSummary created = cases.submit(new SubmitTitleApplication(occupation.getValue(), series.getValue(),
                        targetLevel.getValue(), ethics.getValue(), round.getValue() == null ? null : round.getValue().id()));
                Notification.show(getTranslation("apply.done", created.caseNumber()), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate(CaseView.class, created.caseNumber());
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } finally {
                submit.setEnabled(true);
            }
        });
        FormLayout form = new FormLayout(occupation, series, targetLevel, round);
        add(new Paragraph(getTranslation("apply.intro")), form, ethics, submit);
    }

    /** The open rounds that cover the chosen series (any, for an unlisted occupation), the first preselected. */
    private void offerRounds(RoundService rounds) {
        if (occupation.getValue() == null || (series.isEnabled() && series.getValue() == null)) {
            round.setItems(List.of());
            return;
        }
        List<RoundView> open = rounds.openFor(series.getValue(), LocalDate.now(clock));
        round.setItems(open);
        GridColumns.fitWidth(round, open.stream().map(round.getItemLabelGenerator()::apply).toList());
        round.setValue(open.isEmpty() ? null : open.get(0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apply");
    }
}
