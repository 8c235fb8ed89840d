package org.talentbridge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.casework.ui.InboxView;

class LoginAndRegistrationViewTest extends KaribuTest {

    @Test
    void theLoginPageSpeaksChineseAndLinksToRegistration() {
        openAs(null);
        navigate("login");
        LoginView view = _get(LoginView.class);
        assertThat(view.i18n.getForm().getTitle()).isEqualTo("登录");
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("账号或密码不正确");
        assertThat(view.form.isError()).isFalse();
        _assertOne(Anchor.class, spec -> spec.withText("还没有账号？申报人注册"));
    }

    @Test
    void aFailedSignInShowsTheError() {
        openAs(null);
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void aLockedSignInSaysWhyAndHowLongToWait() {
        openAs(null);
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "", "locked", "15")));
        LoginView view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("登录已被暂时锁定");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("15 分钟后再试").contains("联系系统管理员解锁");
    }

    @Test
    void aSignInThatCouldNotBeCheckedSaysTheServiceIsUnavailableNotThatThePasswordIsWrong() {
        openAs(null);
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "", "unavailable", "")));
        LoginView view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("服务暂时不可用");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("稍后再试").contains("不是密码错误");
    }

    @Test
    void anIdNumberThatHasAnAccountGetsTheSameAnswerAsANewOne() {
        String id = freshIdNumber();
        String answer = "注册申请已提交。请用所设的账号和密码登录；如果该身份证号码以前已注册过账号，请使用原账号登录（忘记账号请联系系统管理员）。";
        for (String username : java.util.List.of("uisame01", "uisame02")) {
            openAs(null);
            navigate("register");
            RegistrationView view = _get(RegistrationView.class);
            _setValue(view.username, username);
            _setValue(view.displayName, "孙八");
            _setValue(view.idNumber, id);
            _setValue(view.mobile, "13600000002");
            _setValue(view.password, "Qiuyue2026");
            _setValue(view.passwordConfirmation, "Qiuyue2026");
            _click(_get(Button.class, spec -> spec.withText("注册")));
            expectNotifications(answer);
            _assertOne(LoginView.class);
            assertThat(view.idNumber.isInvalid()).isFalse();
        }
        assertThat(accounts.exists("uisame01")).isTrue();
        assertThat(accounts.exists("uisame02")).isFalse();
    }

    @Test
    void anonymousVisitorsAreSentToSignInInsteadOfTheInbox() {
        openAs(null);
        navigate("inbox");
        _assertOne(LoginView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(InboxView.class)).isEmpty();
    }

    @Test
    void registrationShowsEachRefusedFieldBesideIt() {
        openAs(null);
        navigate("register");
        RegistrationView view = _get(RegistrationView.class);
        _setValue(view.username, "ab");
        _setValue(view.displayName, "张三");
        _setValue(view.idNumber, "110105194912310021");
        _setValue(view.mobile, "12345");
        _setValue(view.password, "abcdefgh1");
        _setValue(view.passwordConfirmation, "abcdefgh2");
        _click(_get(Button.class, spec -> spec.withText("注册")));

        assertThat(view.idNumber.isInvalid()).isTrue();
        assertThat(view.idNumber.getErrorMessage()).isEqualTo("身份证号码无效（请检查位数、出生日期和校验码）");
        assertThat(view.mobile.getErrorMessage()).isEqualTo("手机号码须为 11 位，以 1 开头");
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.passwordConfirmation.getErrorMessage()).isEqualTo("两次输入的密码不一致");
        assertThat(view.displayName.isInvalid()).isFalse();
        // nothing typed is lost
        assertThat(view.displayName.getValue()).isEqualTo("张三");
        assertThat(accounts.exists("ab")).isFalse();
    }

    @Test
    void aSuccessfulRegistrationLeadsToSignIn() {
        openAs(null);
        navigate("register");
        RegistrationView view = _get(RegistrationView.class);
        _setValue(view.username, "uireg01");
        _setValue(view.displayName, "钱七");
        _setValue(view.idNumber, freshIdNumber());
        _setValue(view.mobile, "13600000001");
        _setValue(view.password, "abcdefgh1");
        _setValue(view.passwordConfirmation, "abcdefgh1");
        _click(_get(Button.class, spec -> spec.withText("注册")));

        _assertOne(LoginView.class);
        assertThat(accounts.findByUsername("uireg01")).isPresent();
    }
}
