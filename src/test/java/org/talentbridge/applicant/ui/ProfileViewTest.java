package org.talentbridge.applicant.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;

class ProfileViewTest extends KaribuTest {

    @Test
    void anApplicantAddsACertificateAndSeesItListed() {
        openAs(newAccount("uiprof", Role.APPLICANT));
        navigate("profile");
        CertificatesSection section = _get(ProfileView.class).certificates;
        _setValue(section.level, SkillLevel.TECHNICIAN);
        _setValue(section.occupation, "焊工");
        _setValue(section.obtainedOn, LocalDate.of(2022, 6, 30));
        _setValue(section.certificateNumber, "S330900202206300017");
        _setValue(section.issuingBody, "舟山市职业技能鉴定中心");
        _click(section.add);

        assertThat(_size(section.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(section.grid, 0)).contains("技师", "焊工", "2022-06-30", "S330900202206300017");
        assertThat(section.certificateNumber.getValue()).isEmpty();
    }

    @Test
    void aFutureDateIsRefusedBesideTheFieldAndKeepsWhatWasTyped() {
        openAs(newAccount("uifuture", Role.APPLICANT));
        navigate("profile");
        CertificatesSection section = _get(ProfileView.class).certificates;
        _setValue(section.level, SkillLevel.TECHNICIAN);
        _setValue(section.occupation, "焊工");
        _setValue(section.obtainedOn, LocalDate.now().plusDays(1));
        _setValue(section.certificateNumber, "X-1");
        _click(section.add);

        assertThat(section.obtainedOn.isInvalid()).isTrue();
        assertThat(section.obtainedOn.getErrorMessage()).isEqualTo("日期不能晚于今天");
        assertThat(section.issuingBody.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(section.certificateNumber.getValue()).isEqualTo("X-1");
        assertThat(_size(section.grid)).isZero();
    }

    @Test
    void aSecondAssessmentForTheSameYearIsRefused() {
        openAs(newAccount("uiyear", Role.APPLICANT));
        navigate("profile");
        AssessmentsSection section = _get(ProfileView.class).assessments;
        _setValue(section.year, 2024);
        _setValue(section.result, AssessmentResult.QUALIFIED);
        _click(section.add);
        _setValue(section.year, 2024);
        _setValue(section.result, AssessmentResult.EXCELLENT);
        _click(section.add);

        assertThat(section.year.getErrorMessage()).isEqualTo("2024 年度的考核结果已录入，每年只能有一条");
        assertThat(_size(section.grid)).isEqualTo(1);
    }

    @Test
    void theProfileShowsWhatIsStored() {
        openAs(accounts.findByUsername("wanghan").orElseThrow());
        navigate("profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(view.employerName.getValue()).isEqualTo("舟山中远海运重工有限公司");
        assertThat(view.employerAccredited.getValue()).isTrue();
        assertThat(_size(view.certificates.grid)).isEqualTo(2);
        assertThat(_size(view.assessments.grid)).isEqualTo(3);
    }

    @Test
    void reviewersHaveNoProfileScreen() {
        openAs(accounts.findByUsername("reviewer").orElseThrow());
        assertNavigationDenied("profile", ProfileView.class);
    }
}
