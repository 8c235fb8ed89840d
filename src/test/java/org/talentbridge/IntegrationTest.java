package org.talentbridge;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Base of every integration test: the whole application on a random port with a real (embedded) PostgreSQL
 * and the real Camunda engine. All subclasses share this one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "Demo2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A valid, unused mainland ID number (GB 11643 check character computed). */
    public static String freshIdNumber() {
        String first17 = "330902" + "19950101" + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    /** A new account with the given roles; its username starts with {@code prefix}. */
    protected AccountView newAccount(String prefix, Role... roles) {
        String username = prefix + SEQUENCE.incrementAndGet();
        return accounts.create(username, DEMO_PASSWORD, "测试" + username, EnumSet.copyOf(Arrays.asList(roles)),
                roles[0] == Role.APPLICANT ? freshIdNumber() : null, "13800000000", "测试单位");
    }

    /** The problems of the InvalidInputException that {@code action} must throw. */
    protected static List<FieldProblem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getProblems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    /** Acts as the given account in this thread (what a signed-in request would do). */
    protected static void signIn(AccountView account) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
    }
}
