package org.talentbridge.employer.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;
import org.talentbridge.employer.EmployerView;

/** Administrators register employers, then open accounts for their reviewers; nobody else sees the register. */
class EmployerScreensTest extends KaribuTest {

    @Test
    void anAdministratorRegistersAnEmployerWithFieldErrorsForABadCodeAndADuplicateName() {
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("admin/employers");
        EmployersView employersView = _get(EmployersView.class);
        String name = "舟山港综合保税区码头有限公司" + System.nanoTime() % 100_000;
        _setValue(employersView.name, name);
        _setValue(employersView.creditCode, "91-not-a-code");
        _click(employersView.register);
        assertThat(employersView.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码应为18位（数字或大写字母）");
        _setValue(employersView.creditCode, "");
        _click(employersView.register);
        assertThat(_fetch(employersView.grid, 0, 1000)).extracting(EmployerView::name).contains(name);
        _setValue(employersView.name, name);
        _click(employersView.register);
        assertThat(employersView.name.getErrorMessage()).isEqualTo("已有同名单位");
    }

    @Test
    void onlyAdministratorsOpenTheRegister() {
        openAs(employerReviewer(SHIPYARD));
        assertNavigationDenied("admin/employers", EmployersView.class);
        openAs(newAccount("empscr", Role.APPLICANT));
        assertNavigationDenied("admin/employers", EmployersView.class);
    }
}
