package org.talentbridge.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;

/**
 * Brute-force protection (issue 13 item 4) over real HTTP on all three doors, and its limits at their boundaries.
 * Defaults: 5 wrong passwords per account name or 20 per client address within 15 minutes lock for 15 minutes.
 * Every test uses accounts of its own and lifts its locks afterwards (all tests call from 127.0.0.1).
 */
class SignInThrottleTest extends IntegrationTest {

    private static final String TASKS = "/api/tasks";
    private static final String ENGINE = "/engine-rest/process-definition";
    /** A time long past: locks made at it are over now and stay out of every other test's way. */
    private static final Instant T = Instant.parse("2020-03-02T08:00:00Z");

    @Autowired
    private SignInThrottle throttle;
    @Autowired
    private AuditLog audit;

    private final List<String> toUnlock = new ArrayList<>();

    private WebClient web() {
        return new WebClient(url(""));
    }

    private AccountView own(String prefix, Role role) {
        AccountView account = newAccount(prefix, role);
        toUnlock.add(account.username());
        return account;
    }

    @AfterEach
    void liftLocks() {
        as(accounts.findByUsername("admin").orElseThrow(), () -> {
            toUnlock.forEach(name -> throttle.unlock(SignInThrottle.Kind.ACCOUNT, name));
            return null;
        });
    }

    private static void wrongPasswords(WebClient web, String path, String user, int times) throws Exception {
        for (int i = 1; i <= times; i++) {
            assertThat(web.basic(path, user, "Wrong" + i + "pass").statusCode()).as("wrong password %d", i).isEqualTo(401);
        }
    }

    private List<String> auditActions(String username) {
        return audit.history("account:" + username.toLowerCase()).stream().map(AuditEvent::getAction).toList();
    }

    @Test
    void afterFiveWrongPasswordsOnTheApiEvenTheRightOneIsRefusedWith429AndRetryAfter() throws Exception {
        AccountView reviewer = own("lockapi", Role.REVIEWER);
        WebClient web = web();
        wrongPasswords(web, TASKS, reviewer.username(), 5);

        HttpResponse<String> refused = web.basic(TASKS, reviewer.username(), DEMO_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Long.parseLong(s)).isBetween(850L, 900L));
        assertThat(refused.body()).contains("\"status\":429").contains("登录失败次数过多").contains("15 分钟");
        assertThat(web.basic(TASKS, reviewer.username(), DEMO_PASSWORD, "en").body())
                .contains("Too many failed sign-ins").contains("15 minutes");
        assertThat(auditActions(reviewer.username())).containsOnlyOnce("signin.locked");
    }

    @Test
    void fourWrongPasswordsAreAnsweredAsUsualAndTheRightOneThenResetsTheCount() throws Exception {
        AccountView reviewer = own("fourwrong", Role.REVIEWER);
        WebClient web = web();
        wrongPasswords(web, TASKS, reviewer.username(), 4);
        assertThat(web.basic(TASKS, reviewer.username(), DEMO_PASSWORD).statusCode()).isEqualTo(200);

        wrongPasswords(web, TASKS, reviewer.username(), 4);
        assertThat(web.basic(TASKS, reviewer.username(), DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(auditActions(reviewer.username())).doesNotContain("signin.locked");
    }

    @Test
    void theEngineRestApiCountsTheSameWayAndALockHoldsAtEveryDoor() throws Exception {
        AccountView admin = own("lockeng", Role.ADMIN);
        WebClient web = web();
        assertThat(web.basic(ENGINE, admin.username(), DEMO_PASSWORD).statusCode()).isEqualTo(200);
        wrongPasswords(web, ENGINE, admin.username(), 5);

        HttpResponse<String> refused = web.basic(ENGINE, admin.username(), DEMO_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(web.basic(TASKS, admin.username(), DEMO_PASSWORD).statusCode()).isEqualTo(429);
        HttpResponse<String> form = web().signIn(admin.username(), DEMO_PASSWORD);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/login?error&locked=15"));
    }

    @Test
    void theSignInFormCountsWrongPasswordsAndSendsALockedAccountToTheLockedMessage() throws Exception {
        AccountView applicant = own("lockform", Role.REVIEWER);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = web().signIn(applicant.username(), "Wrong" + i + "pass");
            assertThat(wrong.headers().firstValue("Location")).as("wrong password %d", i)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> refused = web().signIn(applicant.username(), DEMO_PASSWORD);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("locked="));
    }

    @Test
    void anAdministratorSeesTheLockedAccountAndUnlocksItAudited() throws Exception {
        AccountView reviewer = own("unlockme", Role.REVIEWER);
        WebClient web = web();
        wrongPasswords(web, TASKS, reviewer.username(), 5);
        AccountView admin = accounts.findByUsername("admin").orElseThrow();

        List<SignInThrottle.Lock> locks = as(admin, () -> throttle.locks());
        assertThat(locks).filteredOn(l -> l.subject().equals(reviewer.username().toLowerCase()))
                .singleElement().satisfies(l -> {
                    assertThat(l.kind()).isEqualTo(SignInThrottle.Kind.ACCOUNT);
                    assertThat(l.failures()).isEqualTo(5);
                });
        assertThatThrownBy(() -> as(reviewer, () -> throttle.locks())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(reviewer, () -> throttle.unlock(SignInThrottle.Kind.ACCOUNT, reviewer.username())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(admin, () -> throttle.unlock(SignInThrottle.Kind.ACCOUNT, reviewer.username()))).isTrue();
        assertThat(web.basic(TASKS, reviewer.username(), DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(auditActions(reviewer.username())).containsSubsequence("signin.locked", "signin.unlocked");
        // the failures that led to the lock are forgotten too: one more wrong password does not lock again
        wrongPasswords(web, TASKS, reviewer.username(), 1);
        assertThat(web.basic(TASKS, reviewer.username(), DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAccountNameIsLockedLikeAKnownOneSoALockDisclosesNothing() throws Exception {
        String ghost = "ghost" + System.nanoTime();
        toUnlock.add(ghost);
        WebClient web = web();
        wrongPasswords(web, TASKS, ghost, 5);
        assertThat(web.basic(TASKS, ghost, "Another1pass").statusCode()).isEqualTo(429);
    }

    @Test
    void onlyFailuresWithinTheWindowCount() {
        String inWindow = "window" + System.nanoTime();
        String outOfWindow = "outside" + System.nanoTime();
        Duration window = Duration.ofMinutes(15);
        for (int i = 0; i < 4; i++) {
            throttle.failed(inWindow, "192.0.2.1", T.plusSeconds(i));
            throttle.failed(outOfWindow, "192.0.2.2", T.plusSeconds(i));
        }
        // the fifth failure a second before the first one leaves the window: five within it, locked
        throttle.failed(inWindow, "192.0.2.1", T.plus(window).minusSeconds(1));
        assertThat(throttle.refusal(inWindow, "192.0.2.9", T.plus(window))).isPresent();
        // the fifth failure on the second the first one leaves it: four within it, not locked
        throttle.failed(outOfWindow, "192.0.2.2", T.plus(window));
        assertThat(throttle.refusal(outOfWindow, "192.0.2.9", T.plus(window))).isEmpty();
    }

    @Test
    void aLockHoldsForItsDurationToTheSecond() {
        String name = "duration" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            throttle.failed(name, "192.0.2.3", T);
        }
        Instant end = T.plus(Duration.ofMinutes(15));
        assertThat(throttle.refusal(name, "192.0.2.3", end.minusSeconds(1))).contains(Duration.ofSeconds(1));
        assertThat(throttle.refusal(name, "192.0.2.3", end)).isEmpty();
        // after the lock, the failures before it no longer count: one more wrong password does not lock again
        throttle.failed(name, "192.0.2.3", end.plusSeconds(1));
        assertThat(throttle.refusal(name, "192.0.2.3", end.plusSeconds(2))).isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountNamesIsLockedAtItsTwentiethFailure() {
        String address = "198.51.100." + (System.nanoTime() % 200);
        String prefix = "spray" + System.nanoTime() + "-";
        for (int i = 1; i <= 19; i++) {
            throttle.failed(prefix + i, address, T.plusSeconds(i));
        }
        assertThat(throttle.refusal(prefix + "new", address, T.plusSeconds(20))).isEmpty();
        throttle.failed(prefix + 20, address, T.plusSeconds(20));
        assertThat(throttle.refusal(prefix + "new", address, T.plusSeconds(21))).isPresent();
        assertThat(throttle.refusal(prefix + "new", "203.0.113.5", T.plusSeconds(21))).isEmpty();
        assertThat(audit.history("address:" + address)).extracting(AuditEvent::getAction).containsExactly("signin.locked");
    }

    @Test
    void theSignInPostNeedsItsCsrfToken() throws Exception {
        AccountView reviewer = own("csrf", Role.REVIEWER);
        WebClient web = web();
        web.get("/login");
        HttpResponse<String> withoutToken = web.post("/login", Map.of("username", reviewer.username(), "password", DEMO_PASSWORD));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = web.signIn(reviewer.username(), DEMO_PASSWORD);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }
}
