package org.talentbridge.certificate.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.policy.TitleLevel;

/** The public verification page, the certificates list and the round results screen (browserless). */
class CertificateScreensTest extends KaribuTest {

    @Autowired
    private CertificateService certificates;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;

    private CaseSummary submitted(AccountView welder) {
        return as(welder, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)));
    }

    @Test
    void anAnonymousVisitorSeesAValidCertificateWithTheHolderMasked() {
        AccountView welder = eligibleWelder("verifyui");
        CertificateView c = certificates.grantTitle(submitted(welder).caseNumber());

        openAs(null);
        navigate("verify/" + c.verificationCode());

        VerifyView view = _get(VerifyView.class);
        assertThat(view.result.getText()).isEqualTo("证书真实有效");
        assertThat(_get(TextField.class, spec -> spec.withLabel("证书编号")).getValue()).isEqualTo(c.certificateNumber());
        assertThat(_get(TextField.class, spec -> spec.withLabel("持证人")).getValue())
                .isEqualTo(welder.displayName().substring(0, 1) + "*".repeat(welder.displayName().length() - 1));
        assertThat(_get(TextField.class, spec -> spec.withLabel("身份证号码（部分隐去）")).getValue()).isEqualTo(c.holderIdMasked());
        assertThat(_get(TextField.class, spec -> spec.withLabel("等级")).getValue()).isEqualTo("中级");
    }

    @Test
    void aVoidedCertificateSaysVoidedWithTheDateButNotWhy() {
        CertificateView c = certificates.grantTitle(submitted(eligibleWelder("verifyvoid")).caseNumber());
        as(newAccount("verifyuiint", Role.INTEGRITY_OFFICER), () -> certificates.voidCertificate(c.certificateNumber(), "冒用他人业绩"));

        openAs(null);
        navigate("verify/" + c.verificationCode());

        VerifyView view = _get(VerifyView.class);
        assertThat(view.result.getText()).isEqualTo("证书已作废");
        assertThat(view.explanation.getText()).contains(LocalDate.now().toString()).doesNotContain("冒用他人业绩");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        openAs(null);
        navigate("verify/AAAAAAAAAAAAAAAAAAAAAA");

        VerifyView view = _get(VerifyView.class);
        assertThat(view.result.getText()).isEqualTo("未找到该证书");
        assertThat(view.details.getChildren()).isEmpty();
    }

    @Test
    void anApplicantListsOnlyTheirOwnCertificates() {
        AccountView welder = eligibleWelder("mycerts");
        CertificateView mine = certificates.grantTitle(submitted(welder).caseNumber());
        certificates.grantTitle(submitted(eligibleWelder("theircerts")).caseNumber());

        openAs(welder);
        navigate("certificates");

        CertificatesView view = _get(CertificatesView.class);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_fetch(view.grid, 0, 1).get(0).certificateNumber()).isEqualTo(mine.certificateNumber());
    }

    @Test
    void aSecretaryPicksARoundAndSeesItsGrantedCases() {
        CaseSummary granted = submitted(eligibleWelder("resultsui"));
        CertificateView c = certificates.grantTitle(granted.caseNumber());

        openAs(newAccount("resultssec", Role.COMMITTEE_SECRETARY));
        navigate("results");

        RoundResultsView view = _get(RoundResultsView.class);
        assertThat(view.export.isEnabled()).isFalse();
        _setValue(view.round, rounds.all().stream().filter(r -> r.name().equals(granted.roundName())).findFirst().orElseThrow());
        assertThat(view.export.isEnabled()).isTrue();
        assertThat(_fetch(view.grid, 0, _size(view.grid))).anySatisfy(row -> {
            assertThat(row.caseNumber()).isEqualTo(granted.caseNumber());
            assertThat(row.certificateNumber()).isEqualTo(c.certificateNumber());
        });
    }

    @Test
    void anApplicantCannotOpenTheRoundResults() {
        openAs(newAccount("resultsapp", Role.APPLICANT));
        assertNavigationDenied("results", RoundResultsView.class);
    }
}
