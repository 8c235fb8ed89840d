package org.talentbridge.applicant.ui;

import java.time.Clock;
import org.talentbridge.shared.ui.GridColumns;
import org.talentbridge.shared.ui.IsoDatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.catalog.ui.OccupationField;
import org.talentbridge.applicant.ProfileSnapshot.Certificate;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.ui.Labels;

/** Skill certificates: level, occupation (annex or unlisted), date, number, issuing body. */
class CertificatesSection extends ProfileSection<Certificate> {

    final Select<SkillLevel> level = Labels.enumSelect(this, "field.level", SkillLevel.class, SkillLevel::messageKey);
    final ComboBox<String> occupation;
    final IsoDatePicker obtainedOn = new IsoDatePicker(getTranslation("field.obtainedOn"));
    final TextField certificateNumber = new TextField(getTranslation("field.certificateNumber"));
    final TextField issuingBody = new TextField(getTranslation("field.issuingBody"));
    private final transient ProfileService profiles;
    private final Clock clock;

    CertificatesSection(ProfileService profiles, OccupationField occupations, Runnable onChange, Clock clock) {
        super("profile.certificates", onChange);
        this.clock = clock;
        this.profiles = profiles;
        this.occupation = occupations.create(this, "field.occupation");
        obtainedOn.setMax(LocalDate.now(clock));
        grid.addColumn(c -> getTranslation(c.level().messageKey())).setHeader(getTranslation("field.level"));
        grid.addColumn(c -> c.occupationName() + (c.occupationCode() == null ? getTranslation("profile.unlisted") : ""))
                .setHeader(getTranslation("field.occupation")).setFlexGrow(2);
        grid.addColumn(c -> Labels.date(c.obtainedOn())).setHeader(getTranslation("field.obtainedOn"));
        GridColumns.identifier(grid.addColumn(Certificate::certificateNumber).setHeader(getTranslation("field.certificateNumber")));
        grid.addColumn(Certificate::issuingBody).setHeader(getTranslation("field.issuingBody"));
        addRemoveColumn(c -> profiles.removeCertificate(c.id()));
        formFields(level, occupation, obtainedOn, certificateNumber, issuingBody);
        errors.bind("level", level).bind("occupationName", occupation).bind("obtainedOn", obtainedOn)
                .bind("certificateNumber", certificateNumber).bind("issuingBody", issuingBody);
    }

    @Override
    void save() {
        profiles.addCertificate(new CertificateInput(level.getValue(), occupation.getValue(), obtainedOn.getValue(),
                certificateNumber.getValue(), issuingBody.getValue()));
    }

    @Override
    void clearForm() {
        level.clear();
        occupation.clear();
        obtainedOn.clear();
        certificateNumber.clear();
        issuingBody.clear();
    }
}
