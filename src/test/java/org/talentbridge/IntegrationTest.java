package org.talentbridge;

import java.time.LocalDate;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.AssessmentInput;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.applicant.WorkPeriodInput;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
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
    @Autowired
    protected ProfileService profiles;

    /** The notification mails of the test profile go to the JVM's GreenMail server (see {@link TestMailServer}). */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMailServer::port);
    }

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

    /**
     * A new applicant whom screening admits as a welder (焊工, series 工程技术) up to INTERMEDIATE (T2.2):
     * technician for five years, working since then, three qualified annual assessments. Leaves them signed in.
     */
    protected AccountView eligibleWelder(String prefix) {
        AccountView applicant = newAccount(prefix, Role.APPLICANT);
        signIn(applicant);
        LocalDate today = LocalDate.now();
        profiles.addCertificate(new CertificateInput(SkillLevel.TECHNICIAN, "焊工", today.minusYears(5), "T-" + applicant.username(), "鉴定中心"));
        profiles.addWorkPeriod(new WorkPeriodInput("舟山船厂", "焊工", today.minusYears(6), null, true));
        for (int y = today.getYear() - 3; y < today.getYear(); y++) {
            profiles.addAssessment(new AssessmentInput(y, AssessmentResult.QUALIFIED));
        }
        return applicant;
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
