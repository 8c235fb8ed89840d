package org.talentbridge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

class RegistrationTest extends IntegrationTest {

    @Autowired
    private IdentityService camundaIdentity;
    @Autowired
    private AccountRepository repository;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private AuditLog audit;
    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static RegistrationRequest request(String username, String idNumber) {
        return new RegistrationRequest(username, "张三", idNumber, "13912345678", "Sesame2026", "Sesame2026");
    }

    @Test
    void registersAnApplicantWithABCryptPasswordKnownToTheEngine() {
        accounts.register(request("zhangsan1", freshIdNumber()));

        assertThat(accounts.findByUsername("zhangsan1").orElseThrow().roles()).containsExactly(Role.APPLICANT);
        Account stored = repository.findByUsername("zhangsan1").orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$2");
        assertThat(passwords.matches("Sesame2026", stored.getPasswordHash())).isTrue();
        assertThat(camundaIdentity.createUserQuery().userId("zhangsan1").singleResult()).isNotNull();
        assertThat(camundaIdentity.createGroupQuery().groupMember("zhangsan1").list())
                .extracting(g -> g.getId()).containsExactly("APPLICANT");
    }

    @Test
    void refusesAnIdNumberWithAWrongCheckCharacter() {
        String valid = freshIdNumber();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        assertThat(problemsOf(() -> accounts.register(request("checksum1", valid.substring(0, 17) + wrong))))
                .containsExactly(new FieldProblem("idNumber", "validation.idNumber"));
    }

    @Test
    void refusesAnIdNumberWithAnImpossibleBirthDateOrLength() {
        assertThat(problemsOf(() -> accounts.register(request("baddate1", "330902199502300011"))))
                .extracting(FieldProblem::field).containsExactly("idNumber");
        assertThat(problemsOf(() -> accounts.register(request("short1", "3309021995010100"))))
                .extracting(FieldProblem::field).containsExactly("idNumber");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        List<FieldProblem> problems = problemsOf(() -> accounts.register(
                new RegistrationRequest("1x", "", "123", "2391234567", "short", "other")));
        assertThat(problems).extracting(FieldProblem::field)
                .contains("username", "displayName", "idNumber", "mobile", "password", "passwordConfirmation");
    }

    @Test
    void refusesATakenUsernameWhateverItsCase() {
        accounts.register(request("liSi01", freshIdNumber()));
        assertThat(problemsOf(() -> accounts.register(request("LISI01", freshIdNumber()))))
                .containsExactly(new FieldProblem("username", "validation.usernameTaken"));
    }

    @Test
    void anIdNumberThatAlreadyHasAnAccountIsAnsweredLikeANewOneButOpensNoAccount() {
        String id = freshIdNumber();
        accounts.register(request("first01", id));
        // no refusal that would tell whether the number is registered: the same answer as for a new number
        accounts.register(request("second01", id));

        assertThat(accounts.exists("second01")).isFalse();
        assertThat(camundaIdentity.createUserQuery().userId("second01").count()).isZero();
        assertThat(audit.history("account:first01")).extracting(AuditEvent::getAction)
                .contains("account.registrationForExistingIdNumber");
        // the owner, and only the owner, is told through their own account
        assertThat(jdbc.queryForList("select recipient from tb.notification where kind = 'ACCOUNT_NOTICE' "
                + "and message_key = 'notification.registrationForExistingIdNumber' and recipient in ('first01', 'second01')",
                String.class)).containsExactly("first01");
    }

    @Test
    void concurrentRegistrationsOfOneIdNumberOpenOneAccountAndRefuseNone() throws Exception {
        String id = freshIdNumber();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String username = "sameid0" + i;
            attempts.add(() -> {
                accounts.register(request(username, id));
                return username;
            });
        }
        List<String> tried = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(attempts)) {
            tried.add(f.get());
        }
        pool.shutdown();
        assertThat(tried.stream().filter(accounts::exists)).hasSize(1);
    }

    @Test
    void refusesAPasswordThatContainsTheAccountNameWhateverItsCase() {
        RegistrationRequest containing = new RegistrationRequest("wangxiao7", "王晓", freshIdNumber(), "13912345678",
                "My2WANGXIAO7pw", "My2WANGXIAO7pw");
        assertThat(problemsOf(() -> accounts.register(containing)))
                .containsExactly(new FieldProblem("password", "validation.passwordContainsUsername"));
        // only the whole account name counts: a part of it is allowed
        accounts.register(new RegistrationRequest("wangxiao7", "王晓", freshIdNumber(), "13912345678",
                "Wangxiao8pw", "Wangxiao8pw"));
        assertThat(accounts.exists("wangxiao7")).isTrue();
    }

    @Test
    void refusesPasswordsFromTheListOfCommonPasswordsWhateverTheirCase() {
        for (String common : List.of("Aa123456", "woaini1314", "qwerty123", "a123456789", "PASSWORD1", "1qaz2wsx")) {
            assertThat(problemsOf(() -> accounts.register(new RegistrationRequest("common01", "张三", freshIdNumber(),
                    "13912345678", common, common)))).as(common)
                    .containsExactly(new FieldProblem("password", "validation.passwordCommon"));
        }
        accounts.register(new RegistrationRequest("common01", "张三", freshIdNumber(), "13912345678", "Aa1234567x", "Aa1234567x"));
        assertThat(accounts.exists("common01")).isTrue();
    }

    @Test
    void theEnginesPasswordPolicyAppliesTheSameRules() {
        User user = camundaIdentity.newUser("enginepw1");
        assertThat(camundaIdentity.checkPasswordAgainstPolicy("Demo2026", user).isValid()).isTrue();
        for (String refused : List.of("Ab1", "abcdefgh", "12345678", "x" + "enginePW1" + "y", "Aa123456")) {
            assertThat(camundaIdentity.checkPasswordAgainstPolicy(refused, user).isValid()).as(refused).isFalse();
        }
        assertThat(camundaIdentity.checkPasswordAgainstPolicy("Aa123456", user).getViolatedRules())
                .extracting(r -> r.getPlaceholder()).containsExactly("PASSWORD_POLICY_COMMON");
    }

    @Test
    void concurrentRegistrationsOfOneNameCreateOneAccount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts.add(() -> {
                try {
                    accounts.register(request("racer01", freshIdNumber()));
                    return "created";
                } catch (InvalidInputException e) {
                    return e.getProblems().get(0).messageKey();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(attempts)) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("created");
        assertThat(outcomes).filteredOn(o -> !o.equals("created")).containsOnly("validation.usernameTaken");
        assertThat(camundaIdentity.createUserQuery().userId("racer01").count()).isEqualTo(1);
    }

    @Test
    void demoAccountsExistForEveryRole() {
        for (String name : List.of("admin", "reviewer", "secretary", "expert", "integrity", "wanghan")) {
            assertThat(accounts.findByUsername(name)).as(name).isPresent();
        }
        assertThat(accounts.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void refusesCreatingAStaffAccountWithATakenName() {
        assertThatThrownBy(() -> accounts.create("admin", "whatever1", "x", java.util.Set.of(Role.ADMIN), null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
