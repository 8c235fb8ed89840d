package org.talentbridge.applicant.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.ProfileSnapshot.Assessment;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.ui.Labels;

/** Annual assessments (年度考核): one result per calendar year. */
class AssessmentsSection extends ProfileSection<Assessment> {

    final IntegerField year = new IntegerField(getTranslation("field.year"));
    final Select<AssessmentResult> result = Labels.enumSelect(this, "field.result", AssessmentResult.class,
            AssessmentResult::messageKey);
    private final transient ProfileService profiles;

    AssessmentsSection(ProfileService profiles, Runnable onChange) {
        super("profile.assessments", onChange);
        this.profiles = profiles;
        grid.addColumn(Assessment::year).setHeader(getTranslation("field.year"));
        grid.addColumn(a -> getTranslation(a.result().messageKey())).setHeader(getTranslation("field.result"));
        addRemoveColumn(a -> profiles.removeAssessment(a.year()));
        formFields(year, result);
        errors.bind("year", year).bind("result", result);
    }

    @Override
    void save() {
        profiles.addAssessment(new AssessmentInput(year.getValue(), result.getValue()));
    }

    @Override
    void clearForm() {
        year.clear();
        result.clear();
    }
}
