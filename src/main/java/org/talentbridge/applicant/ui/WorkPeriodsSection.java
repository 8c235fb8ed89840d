package org.talentbridge.applicant.ui;

import java.time.Clock;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.catalog.ui.OccupationField;
import org.talentbridge.applicant.ProfileSnapshot.Work;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.ui.Labels;

/** Work history: employer, occupation, from / to (empty = until now), technical-skill work or not. */
class WorkPeriodsSection extends ProfileSection<Work> {

    final TextField employer = new TextField(getTranslation("field.employer"));
    final ComboBox<String> occupation;
    final IsoDatePicker from = new IsoDatePicker(getTranslation("field.from"));
    final IsoDatePicker to = new IsoDatePicker(getTranslation("field.to"));
    final Checkbox technicalSkillWork = new Checkbox(getTranslation("field.technicalSkillWork"));
    private final transient ProfileService profiles;
    private final Clock clock;

    WorkPeriodsSection(ProfileService profiles, OccupationField occupations, Runnable onChange, Clock clock) {
        super("profile.workPeriods", onChange);
        this.clock = clock;
        this.profiles = profiles;
        this.occupation = occupations.create(this, "field.occupation");
        from.setMax(LocalDate.now(clock));
        to.setMax(LocalDate.now(clock));
        to.setHelperText(getTranslation("profile.to.help"));
        technicalSkillWork.setValue(true);
        GridColumns.longText(grid.addColumn(Work::employer).setHeader(getTranslation("field.employer")), Work::employer);
        grid.addColumn(Work::occupationName).setHeader(getTranslation("field.occupation"));
        grid.addColumn(w -> Labels.date(w.from())).setHeader(getTranslation("field.from"));
        grid.addColumn(w -> w.to() == null ? getTranslation("profile.ongoing") : Labels.date(w.to()))
                .setHeader(getTranslation("field.to"));
        grid.addColumn(w -> getTranslation(w.technicalSkillWork() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("field.technicalSkillWork"));
        addRemoveColumn(w -> profiles.removeWorkPeriod(w.id()));
        formFields(employer, occupation, from, to, technicalSkillWork);
        errors.bind("employer", employer).bind("occupationName", occupation).bind("from", from).bind("to", to);
    }

    @Override
    void save() {
        profiles.addWorkPeriod(new WorkPeriodInput(employer.getValue(), occupation.getValue(), from.getValue(),
                to.getValue(), technicalSkillWork.getValue()));
    }

    @Override
    void clearForm() {
        employer.clear();
        occupation.clear();
        from.clear();
        to.clear();
        technicalSkillWork.setValue(true);
    }
}
