package org.talentbridge.applicant.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.CaseRecords;
import org.talentbridge.casefile.TrainingInput;
import org.talentbridge.casefile.TrainingRecord;

/**
 * Skill-training and continuing-education hours per year (T2.5): course, provider, hours; the proof as documents.
 * Totalled per year as 专业技术人员继续教育学时. The policy sets no minimum: they never decide eligibility.
 */
class TrainingSection extends ProfileSection<TrainingRecord> {

    final IntegerField year = new IntegerField(getTranslation("field.year"));
    final TextField course = new TextField(getTranslation("field.course"));
    final TextField provider = new TextField(getTranslation("field.provider"));
    final BigDecimalField hours = new BigDecimalField(getTranslation("field.hours"));
    final Paragraph totals = new Paragraph();
    private final transient AchievementService achievements;

    TrainingSection(AchievementService achievements, Runnable onChange) {
        super("profile.training", onChange);
        this.achievements = achievements;
        course.setMaxLength(200);
        provider.setMaxLength(200);
        grid.addColumn(TrainingRecord::year).setHeader(getTranslation("field.year"));
        grid.addColumn(TrainingRecord::course).setHeader(getTranslation("field.course")).setFlexGrow(2);
        grid.addColumn(TrainingRecord::provider).setHeader(getTranslation("field.provider")).setFlexGrow(2);
        grid.addColumn(t -> t.hours().stripTrailingZeros().toPlainString()).setHeader(getTranslation("field.hours"));
        addRemoveColumn(t -> achievements.removeTraining(t.id()));
        formFields(year, course, provider, hours);
        errors.bind("year", year).bind("course", course).bind("provider", provider).bind("hours", hours);
        addComponentAtIndex(2, totals);
    }

    @Override
    void show(List<TrainingRecord> rows) {
        super.show(rows);
        totals.setText(rows.isEmpty() ? "" : getTranslation("casefile.trainingTotals", new CaseRecords(List.of(), rows)
                .hoursPerYear().entrySet().stream().map(e -> getTranslation("casefile.hoursOfYear", e.getKey(),
                        e.getValue().stripTrailingZeros().toPlainString())).collect(Collectors.joining(getTranslation("list.separator")))));
    }

    @Override
    void save() {
        achievements.addTraining(new TrainingInput(year.getValue(), course.getValue(), provider.getValue(), hours.getValue()));
    }

    @Override
    void clearForm() {
        year.clear();
        course.clear();
        provider.clear();
        hours.clear();
    }
}
