package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A case page once the case has ended (issue 12, item 9): how it ended comes first, and the screening reads as what
 * it found at the time ("筛查时…"), never as a green "eligible" under "stopped". A running case is unchanged. The
 * evidence grids keep certificate numbers whole and show long employer names on hover (item 7).
 */
class EndedCaseScreenTest extends KaribuTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TransactionTemplate transaction;

    private String submittedBy(AccountView applicant) {
        signIn(applicant);
        return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
    }

    private static List<String> paragraphs(com.vaadin.flow.component.Component in) {
        return _find(in, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void aStoppedCaseShowsItsEndingFirstAndItsScreeningAsHistoryNotAsAGreenVerdict() {
        AccountView applicant = eligibleWelder("endstop");
        String number = submittedBy(applicant);
        transaction.executeWithoutResult(t -> cases.stopRunningCasesOf(applicant.id(), "IC-2026-999998 FRAUD: 伪造的工作证明"));

        openAs(applicant);
        navigate("cases/" + number);
        CaseView view = _get(CaseView.class);
        assertThat(view.ending).isNotNull();
        assertThat(view.ending.getText()).startsWith("已终止（诚信问题）");
        assertThat(view.checklist).isNotNull();
        assertThat(view.indexOf(view.ending)).isLessThan(view.indexOf(view.checklist));
        assertThat(paragraphs(view.checklist)).anyMatch(p -> p.startsWith("筛查时（") && p.contains("符合申报条件，最高可申报中级"))
                .noneMatch(p -> p.startsWith("符合申报条件"));
        assertThat(paragraphs(view)).noneMatch(p -> p.startsWith("符合申报条件"));
        assertThat(_find(view.checklist, Paragraph.class).get(0).getStyle().get("color"))
                .isEqualTo("var(--lumo-secondary-text-color)");
    }

    @Test
    void aWithdrawnCaseAlsoReadsItsScreeningAsHistory() {
        AccountView applicant = eligibleWelder("endwd");
        String number = submittedBy(applicant);
        cases.withdraw(number, "个人原因，明年再申报");

        openAs(applicant);
        navigate("cases/" + number);
        CaseView view = _get(CaseView.class);
        assertThat(view.ending.getText()).startsWith("已撤回");
        assertThat(paragraphs(view.checklist)).anyMatch(p -> p.startsWith("筛查时（"));
    }

    @Test
    void aRunningCaseShowsWhatHappensNowAndItsScreeningAsTheCurrentVerdict() {
        AccountView applicant = eligibleWelder("endrun");
        String number = submittedBy(applicant);

        openAs(applicant);
        navigate("cases/" + number);
        CaseView view = _get(CaseView.class);
        assertThat(view.ending).isNull();
        assertThat(paragraphs(view.checklist)).anyMatch(p -> p.startsWith("符合申报条件，最高可申报中级"));
    }

    @Test
    void theEvidenceKeepsCertificateNumbersWholeAndShowsLongEmployerNamesOnHover() {
        AccountView applicant = eligibleWelder("endgrid");
        String number = submittedBy(applicant);
        openAs(applicant);
        navigate("cases/" + number);
        CaseEvidence evidence = _get(CaseEvidence.class);
        Grid.Column<ProfileSnapshot.Certificate> certificateNumber = evidence.certificates.getColumns().get(3);
        assertThat(certificateNumber.isAutoWidth()).isTrue();
        assertThat(certificateNumber.getFlexGrow()).isZero();
        Grid.Column<ProfileSnapshot.Work> employerColumn = evidence.work.getColumns().get(0);
        ProfileSnapshot.Work work = evidence.work.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(employerColumn.getTooltipGenerator()).isNotNull();
        assertThat(employerColumn.getTooltipGenerator().apply(work)).isEqualTo(work.employer());
    }
}
