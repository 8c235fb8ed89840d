package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/** The integrity officer's check screen: case numbers in, flags with their evidence out. */
class IntegrityChecksViewTest extends KaribuTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private JdbcTemplate jdbc;

    private String submitAs(AccountView applicant) {
        return as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))
                .caseNumber());
    }

    @Test
    void anOfficerChecksSeveralCasesAndReadsEachFlagWithItsEvidence() {
        String clean = submitAs(eligibleWelder("uiintc"));
        String backwards = submitAs(eligibleWelder("uiintb"));
        jdbc.update("update tb.title_case set profile_snapshot = jsonb_set(profile_snapshot, '{workPeriods,0,to}', '\"2000-01-01\"') "
                + "where case_number = ?", backwards);
        String from = jdbc.queryForObject("select profile_snapshot #>> '{workPeriods,0,from}' from tb.title_case where case_number = ?",
                String.class, backwards);

        openAs(newAccount("uiinteg", Role.INTEGRITY_OFFICER));
        navigate("integrity/checks");
        IntegrityChecksView view = _get(IntegrityChecksView.class);
        _setValue(view.caseNumbers, clean + "，" + backwards.toLowerCase() + "\n");
        _click(view.run);

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).containsExactly(backwards, "I.5 工作经历止于开始之前",
                "工作经历（" + SHIPYARD + "）止于 2000-01-01，早于开始日期 " + from);
        assertThat(view.clean.getText()).isEqualTo("未发现问题的申报：" + clean);

        _setValue(view.caseNumbers, clean + " ZC1999-000000");
        _click(view.run);
        assertThat(view.caseNumbers.isInvalid()).isTrue();
        assertThat(view.caseNumbers.getErrorMessage()).isEqualTo("没有这些申报：ZC1999-000000");
    }

    @Test
    void reviewersAndApplicantsCannotOpenTheChecks() {
        openAs(newAccount("uiintrev", Role.REVIEWER));
        assertNavigationDenied("integrity/checks", IntegrityChecksView.class);
        openAs(newAccount("uiintapp", Role.APPLICANT));
        assertNavigationDenied("integrity/checks", IntegrityChecksView.class);
    }
}
