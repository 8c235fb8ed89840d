package org.talentbridge.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;

import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.security.SignInThrottle;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountRow;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.account.token.ApiTokenRow;

class AccountsViewTest extends KaribuTest {

    @Autowired
    private SignInThrottle throttle;

    @Test
    void administratorsSeeALockedAccountAndUnlockIt() {
        String name = "lockedui" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 5; i++) {
            throttle.failed(name, "192.0.2.50");
        }
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/accounts");
        AccountsView view = _get(AccountsView.class);
        List<SignInThrottle.Lock> shown = _fetch(view.locks, 0, 100);
        int row = shown.stream().map(SignInThrottle.Lock::subject).toList().indexOf(name);
        assertThat(row).isNotNegative();
        assertThat(shown.get(row).failures()).isEqualTo(5);
        assertThat(throttle.refusal(name, "192.0.2.51")).isPresent();

        _click((Button) _getCellComponent(view.locks, row, "unlock"));
        assertThat(_fetch(view.locks, 0, 100)).extracting(SignInThrottle.Lock::subject).doesNotContain(name);
        assertThat(throttle.refusal(name, "192.0.2.51")).isEmpty();
    }

    @Test
    void aStaffPasswordContainingTheAccountNameIsRefusedOnItsField() {
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/accounts");
        AccountsView view = _get(AccountsView.class);
        _setValue(view.username, "newhr88");
        _setValue(view.displayName, "吴人事");
        _setValue(view.role, Role.REVIEWER);
        _setValue(view.password, "NewHR88pass");
        _click(view.create);
        assertThat(view.password.getErrorMessage()).isEqualTo("密码不能包含账号名");
        _setValue(view.password, "qwerty123");
        _click(view.create);
        assertThat(view.password.getErrorMessage()).isEqualTo("该密码过于常见，容易被猜中，请换一个");
        assertThat(accounts.exists("newhr88")).isFalse();
    }

    @Test
    void administratorsFindAccountsWithMaskedIdNumbers() {
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/accounts");
        AccountsView view = _get(AccountsView.class);
        _setValue(view.filter, "wanghan");
        assertThat(_size(view.grid)).isEqualTo(1);
        AccountRow row = _fetch(view.grid, 0, 1).get(0);
        assertThat(row.displayName()).isEqualTo("王焊");
        assertThat(row.idNumberMasked()).startsWith("330").contains("***********").hasSize(18);
    }

    @Test
    void administratorsCreateStaffAccountsButNotApplicants() {
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/accounts");
        AccountsView view = _get(AccountsView.class);
        _setValue(view.username, "newreviewer1");
        _setValue(view.displayName, "孙审核");
        _setValue(view.role, Role.REVIEWER);
        _setValue(view.password, "abc123");
        _click(view.create);
        assertThat(view.password.getErrorMessage()).isEqualTo("密码长度须为 8–64 位");
        assertThat(accounts.exists("newreviewer1")).isFalse();

        _setValue(view.password, "reviewer2026");
        _click(view.create);
        assertThat(accounts.findByUsername("newreviewer1").orElseThrow().roles()).containsExactly(Role.REVIEWER);
    }

    @Test
    void anEmployerReviewerAccountNeedsARegisteredEmployer() {
        String employerName = employer("舟山港码头有限公司").name();
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/accounts");
        AccountsView view = _get(AccountsView.class);
        String username = "porthr" + System.nanoTime() % 100_000;
        _setValue(view.username, username);
        _setValue(view.displayName, "码头人事");
        _setValue(view.role, Role.EMPLOYER_REVIEWER);
        _setValue(view.employer, "未登记的公司");
        _setValue(view.password, "Porthr2026");
        _click(view.create);
        assertThat(view.employer.getErrorMessage()).startsWith("工作单位“未登记的公司”尚未在系统登记");
        assertThat(accounts.exists(username)).isFalse();

        _setValue(view.employer, employerName);
        _click(view.create);
        assertThat(accounts.findByUsername(username).orElseThrow().employerId())
                .isEqualTo(employers.findByName(employerName).orElseThrow().id());
    }

    @Test
    void everyoneKeepsTheirOwnEmailAddressForNotifications() {
        AccountView reviewer = newAccount("mailme", Role.REVIEWER);
        openAs(reviewer);
        navigate("account");
        MyAccountView view = _get(MyAccountView.class);
        assertThat(view.username.getValue()).isEqualTo(reviewer.username());
        _setValue(view.email, "not-an-address");
        _click(view.save);
        assertThat(view.email.getErrorMessage()).isEqualTo("不是有效的电子邮箱地址");
        assertThat(accounts.findByUsername(reviewer.username()).orElseThrow().email()).isNull();
        _setValue(view.email, "chen@zsrs.gov.cn");
        _click(view.save);
        assertThat(accounts.findByUsername(reviewer.username()).orElseThrow().email()).isEqualTo("chen@zsrs.gov.cn");
    }

    @Test
    void applicantsAndReviewersCannotOpenTheAdminScreens() {
        openAs(newAccount("noadmin", Role.APPLICANT));
        assertNavigationDenied("admin/accounts", AccountsView.class);
        openAs(accounts.findByUsername("reviewer").orElseThrow());
        assertNavigationDenied("admin/accounts", AccountsView.class);
    }

    @Test
    void administratorsIssueATokenShownOnceAndRevokeIt() {
        AccountView office = newAccount("tokui", Role.EXAM_OFFICE);
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/accounts");
        ApiTokensSection section = _get(AccountsView.class).apiTokens;
        _setValue(section.account, office.username());
        _setValue(section.name, "考试院报名系统");
        _setValue(section.validDays, 0);
        _click(section.issue);
        assertThat(section.validDays.getErrorMessage()).contains("1").contains("366");
        assertThat(section.issued.getValue()).isEmpty();

        _setValue(section.validDays, 30);
        _click(section.issue);
        assertThat(section.issued.getValue()).startsWith("tb_").hasSize(46);
        assertThat(section.issued.isReadOnly()).isTrue();
        List<ApiTokenRow> rows = _fetch(section.grid, 0, 200);
        int row = rows.stream().map(ApiTokenRow::account).toList().indexOf(office.username());
        assertThat(row).isNotNegative();
        assertThat(rows.get(row).name()).isEqualTo("考试院报名系统");
        assertThat(rows.get(row).revokedAt()).isNull();

        _click((Button) _getCellComponent(section.grid, row, "revoke"));
        assertThat(_fetch(section.grid, 0, 200).get(row).revokedBy()).isEqualTo("admin");
    }
}
