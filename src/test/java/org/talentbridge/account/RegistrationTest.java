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
    void refusesAnIdNumberThatAlreadyHasAnAccount() {
        String id = freshIdNumber();
        accounts.register(request("first01", id));
        assertThat(problemsOf(() -> accounts.register(request("second01", id))))
                .containsExactly(new FieldProblem("idNumber", "validation.idNumberTaken"));
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
