package org.talentbridge.applicant.ui;

import java.time.Clock;
import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.ProfileSnapshot.Title;
import org.talentbridge.applicant.TitleInput;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.ui.Labels;

/** Professional titles held: level, series (one of the annex's), date obtained. */
class TitlesSection extends ProfileSection<Title> {

    final Select<TitleLevel> level = Labels.enumSelect(this, "field.titleLevel", TitleLevel.class, TitleLevel::messageKey);
    final ComboBox<String> series = new ComboBox<>(getTranslation("field.series"));
    final IsoDatePicker obtainedOn = new IsoDatePicker(getTranslation("field.obtainedOn"));
    private final transient ProfileService profiles;
    private final Clock clock;

    TitlesSection(ProfileService profiles, List<String> seriesNames, Runnable onChange, Clock clock) {
        super("profile.titles", onChange);
        this.clock = clock;
        this.profiles = profiles;
        series.setItems(seriesNames);
        obtainedOn.setMax(LocalDate.now(clock));
        grid.addColumn(t -> getTranslation(t.level().messageKey())).setHeader(getTranslation("field.titleLevel"));
        grid.addColumn(Title::series).setHeader(getTranslation("field.series"));
        grid.addColumn(t -> Labels.date(t.obtainedOn())).setHeader(getTranslation("field.obtainedOn"));
        addRemoveColumn(t -> profiles.removeTitle(t.id()));
        formFields(level, series, obtainedOn);
        errors.bind("level", level).bind("series", series).bind("obtainedOn", obtainedOn);
    }

    @Override
    void save() {
        profiles.addTitle(new TitleInput(level.getValue(), series.getValue(), obtainedOn.getValue()));
    }

    @Override
    void clearForm() {
        level.clear();
        series.clear();
        obtainedOn.clear();
    }
}
