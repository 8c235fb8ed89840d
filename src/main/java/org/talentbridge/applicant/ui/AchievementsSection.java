package org.talentbridge.applicant.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.talentbridge.casefile.Achievement;
import org.talentbridge.casefile.AchievementInput;
import org.talentbridge.casefile.AchievementKind;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.IsoDatePicker;
import org.talentbridge.shared.ui.Labels;

/** Achievements (业绩, T5): kind, date, description; for 传技带徒 the apprentices, the period and what they reached. */
class AchievementsSection extends ProfileSection<Achievement> {

    final Select<AchievementKind> kind = Labels.enumSelect(this, "field.achievementKind", AchievementKind.class,
            AchievementKind::messageKey);
    final IsoDatePicker achievedOn = new IsoDatePicker(getTranslation("field.achievedOn"));
    final TextArea description = new TextArea(getTranslation("field.achievementDescription"));
    final TextField apprenticeNames = new TextField(getTranslation("field.apprenticeNames"));
    final IsoDatePicker apprenticeFrom = new IsoDatePicker(getTranslation("field.apprenticeFrom"));
    final IsoDatePicker apprenticeTo = new IsoDatePicker(getTranslation("field.apprenticeTo"));
    final TextField apprenticeOutcome = new TextField(getTranslation("field.apprenticeOutcome"));
    private final transient AchievementService achievements;
    private final Clock clock;

    AchievementsSection(AchievementService achievements, Runnable onChange, Clock clock) {
        super("profile.achievements", onChange);
        this.clock = clock;
        this.achievements = achievements;
        achievedOn.setMax(LocalDate.now(clock));
        description.setMaxLength(2000);
        apprenticeNames.setMaxLength(500);
        apprenticeOutcome.setMaxLength(500);
        kind.addValueChangeListener(e -> showApprenticeFields(e.getValue() == AchievementKind.APPRENTICES));
        showApprenticeFields(false);
        grid.addColumn(a -> getTranslation(a.kind().messageKey())).setHeader(getTranslation("field.achievementKind"));
        grid.addColumn(a -> Labels.date(a.achievedOn())).setHeader(getTranslation("field.achievedOn"));
        GridColumns.longText(grid.addColumn(this::summary).setHeader(getTranslation("field.achievementDescription"))
                .setFlexGrow(3), this::summary);
        addRemoveColumn(a -> achievements.removeAchievement(a.id()));
        formFields(kind, achievedOn, description, apprenticeNames, apprenticeFrom, apprenticeTo, apprenticeOutcome);
        errors.bind("kind", kind).bind("achievedOn", achievedOn).bind("description", description)
                .bind("apprenticeNames", apprenticeNames).bind("apprenticeFrom", apprenticeFrom)
                .bind("apprenticeTo", apprenticeTo).bind("apprenticeOutcome", apprenticeOutcome);
    }

    private String summary(Achievement a) {
        return a.kind() != AchievementKind.APPRENTICES ? a.description()
                : getTranslation("profile.apprentices", a.description(), a.apprenticeNames(), Labels.date(a.apprenticeFrom()),
                a.apprenticeTo() == null ? getTranslation("profile.ongoing") : Labels.date(a.apprenticeTo()), a.apprenticeOutcome());
    }

    private void showApprenticeFields(boolean visible) {
        apprenticeNames.setVisible(visible);
        apprenticeFrom.setVisible(visible);
        apprenticeTo.setVisible(visible);
        apprenticeOutcome.setVisible(visible);
    }

    @Override
    void save() {
        boolean apprentices = kind.getValue() == AchievementKind.APPRENTICES;
        achievements.addAchievement(new AchievementInput(kind.getValue(), achievedOn.getValue(), description.getValue(),
                apprentices ? apprenticeNames.getValue() : null, apprentices ? apprenticeFrom.getValue() : null,
                apprentices ? apprenticeTo.getValue() : null, apprentices ? apprenticeOutcome.getValue() : null));
    }

    @Override
    void clearForm() {
        kind.clear();
        achievedOn.clear();
        description.clear();
        apprenticeNames.clear();
        apprenticeFrom.clear();
        apprenticeTo.clear();
        apprenticeOutcome.clear();
    }
}
