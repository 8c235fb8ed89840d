package org.talentbridge.applicant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.Clock;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.casefile.AchievementService;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.CaseRecords;
import org.talentbridge.catalog.ui.OccupationField;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The applicant's profile: the evidence that screening and every case read. Each part saves on its own,
 * so one refused entry never loses the others.
 */
@Route("profile")
@Menu(order = 10, title = "nav.profile")
@RolesAllowed("APPLICANT")
public class ProfileView extends VerticalLayout implements AfterNavigationObserver, HasDynamicTitle {

    /** A registered employer (it reviews the applicant's cases); another name may be typed, but cannot be submitted. */
    final ComboBox<String> employerName = new ComboBox<>(getTranslation("field.employerName"));
    final Checkbox employerAccredited = new Checkbox(getTranslation("field.employerAccredited"));
    final Checkbox publicInstitutionStaff = new Checkbox(getTranslation("field.publicInstitutionStaff"));
    final Select<TechnicalSchoolClass> schoolClass = Labels.enumSelect(this, "field.technicalSchoolClass",
            TechnicalSchoolClass.class, TechnicalSchoolClass::messageKey);
    final Button saveFacts = new Button(getTranslation("profile.saveFacts"));
    final CheckboxGroup<Award> awards = new CheckboxGroup<>(getTranslation("profile.awards"));
    final Button saveAwards = new Button(getTranslation("profile.saveAwards"));
    final CertificatesSection certificates;
    final TitlesSection titles;
    final WorkPeriodsSection workPeriods;
    final AssessmentsSection assessments;
    private final transient ProfileService profiles;

    /** The documents of the chosen awards (casefile): one button per award. */
    final com.vaadin.flow.component.orderedlayout.HorizontalLayout awardDocuments = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
    final AchievementsSection achievementsSection;
    final TrainingSection training;
    private final transient CaseFileService caseFiles;
    private final transient AchievementService achievements;
    private final Clock clock;

    public ProfileView(ProfileService profiles, CatalogService catalog, EmployerService employers, CaseFileService caseFiles,
                       AchievementService achievements, Clock clock) {
        this.clock = clock;
        this.caseFiles = caseFiles;
        this.achievements = achievements;
        achievementsSection = new AchievementsSection(achievements, this::reload, clock);
        training = new TrainingSection(achievements, this::reload);
        employerName.setItems(employers.all().stream().map(EmployerView::name).toList());
        employerName.setAllowCustomValue(true);
        employerName.addCustomValueSetListener(e -> employerName.setValue(e.getDetail()));
        employerName.setHelperText(getTranslation("profile.employer.help"));
        employerName.setClearButtonVisible(true);
        this.profiles = profiles;
        setMaxWidth("80em");
        OccupationField occupations = new OccupationField(catalog);

        schoolClass.setEmptySelectionAllowed(true);
        schoolClass.setEmptySelectionCaption(getTranslation("profile.none"));
        schoolClass.setHelperText(getTranslation("profile.schoolClass.help"));
        FormErrors factErrors = new FormErrors(this).bind("employerName", employerName);
        saveFacts.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveFacts.addClickListener(e -> {
            try {
                profiles.saveFacts(new EmployerFacts(employerName.getValue(), employerAccredited.getValue(),
                        publicInstitutionStaff.getValue(), schoolClass.getValue()));
                factErrors.clear();
                saved();
            } catch (InvalidInputException ex) {
                factErrors.show(ex);
            }
        });
        FormLayout facts = new FormLayout(employerName, schoolClass, employerAccredited, publicInstitutionStaff);

        awards.setItems(Award.values());
        awards.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        awards.setHelperText(getTranslation("profile.awards.help"));
        saveAwards.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAwards.addClickListener(e -> {
            profiles.saveAwards(Set.copyOf(awards.getValue()));
            saved();
        });

        certificates = new CertificatesSection(profiles, occupations, this::reload, clock);
        titles = new TitlesSection(profiles, catalog.seriesNames(), this::reload, clock);
        workPeriods = new WorkPeriodsSection(profiles, occupations, this::reload, clock);
        assessments = new AssessmentsSection(profiles, this::reload);

        ProfileDocuments.addColumns(this, caseFiles);
        awardDocuments.setWrap(true);
        add(new H3(getTranslation("profile.facts")), facts, saveFacts, certificates, workPeriods, assessments,
                titles, awards, saveAwards, awardDocuments, achievementsSection, training);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ProfileSnapshot p = profiles.myProfile();
        employerName.setValue(p.employerName());
        employerAccredited.setValue(p.employerAccredited());
        publicInstitutionStaff.setValue(p.publicInstitutionStaff());
        schoolClass.setValue(p.technicalSchoolClass());
        awards.setValue(p.awards());
        showLists(p);
    }

    private void reload() {
        showLists(profiles.myProfile());
    }

    private void showLists(ProfileSnapshot p) {
        ProfileDocuments.counts(this, caseFiles, p);
        CaseRecords records = achievements.mine();
        achievementsSection.show(records.achievements());
        training.show(records.training());
        certificates.show(p.certificates());
        titles.show(p.titles());
        workPeriods.show(p.workPeriods());
        assessments.show(p.assessments());
    }

    private void saved() {
        Notification.show(getTranslation("profile.saved"), 2500, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile");
    }
}
