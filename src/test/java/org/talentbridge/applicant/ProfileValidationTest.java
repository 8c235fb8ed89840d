package org.talentbridge.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

class ProfileValidationTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    private ProfileService profiles;
    private AccountView applicant;

    @BeforeEach
    void signInAsANewApplicant() {
        applicant = newAccount("prof", Role.APPLICANT);
        signIn(applicant);
    }

    @Test
    void keepsEveryPartOfTheProfile() {
        profiles.saveFacts(new EmployerFacts("舟山船厂", true, true, TechnicalSchoolClass.SENIOR_WORKER_CLASS));
        profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", TODAY, "C-9", "鉴定中心"));
        profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_WORKER, "水下焊接工", TODAY, "C-8", "鉴定中心"));
        profiles.addTitle(new TitleInput(TitleLevel.ASSISTANT, "工程技术", TODAY.minusYears(1)));
        profiles.addWorkPeriod(new WorkPeriodInput("舟山船厂", "焊工", TODAY.minusYears(3), null, true));
        profiles.addAssessment(new AssessmentInput(Year.now().getValue() - 1, AssessmentResult.EXCELLENT));
        profiles.saveAwards(Set.of(Award.ZHEJIANG_CRAFTSMAN, Award.WORLDSKILLS_GOLD));

        ProfileSnapshot p = profiles.myProfile();
        assertThat(p.employerName()).isEqualTo("舟山船厂");
        assertThat(p.employerAccredited()).isTrue();
        assertThat(p.publicInstitutionStaff()).isTrue();
        assertThat(p.technicalSchoolClass()).isEqualTo(TechnicalSchoolClass.SENIOR_WORKER_CLASS);
        assertThat(p.certificates()).extracting(ProfileSnapshot.Certificate::occupationCode).containsExactlyInAnyOrder("517", null);
        assertThat(p.titles()).hasSize(1);
        assertThat(p.workPeriods()).singleElement().satisfies(w -> assertThat(w.to()).isNull());
        assertThat(p.assessments()).hasSize(1);
        assertThat(p.awards()).containsExactlyInAnyOrder(Award.ZHEJIANG_CRAFTSMAN, Award.WORLDSKILLS_GOLD);
    }

    @Test
    void acceptsTodayButNotTomorrowForACertificateDate() {
        profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", TODAY, "C-1", "鉴定中心"));
        assertThat(problemsOf(() -> profiles.addCertificate(
                new CertificateInput(SkillLevel.TECHNICIAN, "焊工", TODAY.plusDays(1), "C-2", "鉴定中心"))))
                .containsExactly(new FieldProblem("obtainedOn", "validation.dateInFuture"));
    }

    @Test
    void namesEveryMissingCertificateField() {
        assertThat(problemsOf(() -> profiles.addCertificate(new CertificateInput(null, " ", null, "", null))))
                .extracting(FieldProblem::field)
                .containsExactly("certificateNumber", "issuingBody", "level", "obtainedOn", "occupationName");
    }

    @Test
    void refusesAWorkPeriodThatEndsBeforeItStartsButTakesOneDay() {
        LocalDate start = TODAY.minusYears(1);
        assertThat(problemsOf(() -> profiles.addWorkPeriod(new WorkPeriodInput("厂", "焊工", start, start.minusDays(1), true))))
                .containsExactly(new FieldProblem("to", "validation.endBeforeStart"));
        profiles.addWorkPeriod(new WorkPeriodInput("厂", "焊工", start, start, true));
        assertThat(profiles.myProfile().workPeriods()).hasSize(1);
    }

    @Test
    void refusesAWorkPeriodEndingInTheFuture() {
        assertThat(problemsOf(() -> profiles.addWorkPeriod(
                new WorkPeriodInput("厂", "焊工", TODAY.minusYears(1), TODAY.plusDays(1), true))))
                .containsExactly(new FieldProblem("to", "validation.dateInFuture"));
    }

    @Test
    void keepsOneAssessmentPerYearAndNoFutureYear() {
        int lastYear = Year.now().getValue() - 1;
        profiles.addAssessment(new AssessmentInput(lastYear, AssessmentResult.QUALIFIED));
        assertThat(problemsOf(() -> profiles.addAssessment(new AssessmentInput(lastYear, AssessmentResult.EXCELLENT))))
                .containsExactly(new FieldProblem("year", "validation.assessmentYearTaken", lastYear));
        assertThat(problemsOf(() -> profiles.addAssessment(new AssessmentInput(Year.now().getValue() + 1, AssessmentResult.QUALIFIED))))
                .containsExactly(new FieldProblem("year", "validation.yearInFuture"));
        profiles.addAssessment(new AssessmentInput(Year.now().getValue(), AssessmentResult.QUALIFIED));
        assertThat(profiles.myProfile().assessments()).extracting(ProfileSnapshot.Assessment::year)
                .containsExactly(lastYear, Year.now().getValue());
    }

    @Test
    void refusesATitleSeriesTheAnnexDoesNotHave() {
        assertThat(problemsOf(() -> profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "经济", TODAY))))
                .containsExactly(new FieldProblem("series", "validation.unknownSeries"));
        profiles.addTitle(new TitleInput(TitleLevel.INTERMEDIATE, "工艺美术（工业设计）", TODAY));
    }

    @Test
    void anApplicantCannotRemoveSomebodyElsesEntry() {
        ProfileSnapshot.Certificate mine = profiles.addCertificate(
                new CertificateInput(SkillLevel.TECHNICIAN, "焊工", TODAY, "C-1", "鉴定中心"));
        signIn(newAccount("other", Role.APPLICANT));
        assertThatThrownBy(() -> profiles.removeCertificate(mine.id())).isInstanceOf(AccessDeniedException.class);
        signIn(applicant);
        profiles.removeCertificate(mine.id());
        assertThat(profiles.myProfile().certificates()).isEmpty();
    }

    @Test
    void onlyApplicantsHaveAProfileToEdit() {
        signIn(accounts.findByUsername("reviewer").orElseThrow());
        assertThatThrownBy(() -> profiles.myProfile()).isInstanceOf(AccessDeniedException.class);
    }
}
