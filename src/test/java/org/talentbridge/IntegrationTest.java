package org.talentbridge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.core.Authentication;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.casework.EmployerConfirmation;
import org.talentbridge.casework.EmployerReviewService;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.employer.EmployerRequest;
import org.talentbridge.employer.EmployerService;
import org.talentbridge.employer.EmployerView;
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
// metrics are exported as in production (/actuator/prometheus; Spring Boot turns export off in tests otherwise)
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "Demo2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountService accounts;
    @Autowired
    protected ProfileService profiles;
    @Autowired
    protected EmployerService employers;
    @Autowired
    private EmployerReviewService employerReviews;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private RuntimeService engineRuntime;
    @Autowired
    private org.talentbridge.casework.ReviewInboxService reviewInbox;
    @Autowired
    private org.talentbridge.casework.TitleCaseService titleCases;
    private static final Map<Long, AccountView> EMPLOYER_REVIEWERS = new ConcurrentHashMap<>();

    /** The employer of {@link #eligibleWelder}: registered, with reviewers. */
    protected static final String SHIPYARD = "舟山船厂";

    /** The notification mails of the test profile go to the JVM's GreenMail server (see {@link TestMailServer}). */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMailServer::port);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** HTTP Basic credentials of a demo-password account on a request to the running application. */
    protected static java.net.http.HttpRequest.Builder basic(java.net.http.HttpRequest.Builder request, String username) {
        return request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A valid, unused mainland ID number (GB 11643 check character computed). */
    public static String freshIdNumber() {
        int n = SEQUENCE.incrementAndGet();
        // a thousand numbers per birth date, then the next day: unique for any number of test accounts
        String born = LocalDate.of(1995, 1, 1).plusDays(n / 1000).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "330902" + born + "%03d".formatted(n % 1000);
        return first17 + ChineseIdNumber.checkCharacter(first17);
    }

    /** A new account with the given roles; its username starts with {@code prefix}. */
    protected AccountView newAccount(String prefix, Role... roles) {
        String username = prefix + SEQUENCE.incrementAndGet();
        AccountView account = accounts.create(username, DEMO_PASSWORD, "测试" + username, EnumSet.copyOf(Arrays.asList(roles)),
                roles[0] == Role.APPLICANT ? freshIdNumber() : null, "13800000000", "测试单位");
        if (roles[0] == Role.APPLICANT) {
            // every test applicant works at a registered employer, which reviews their cases
            employer(SHIPYARD);
            as(account, () -> {
                profiles.saveFacts(new EmployerFacts(SHIPYARD, false, false, null));
                return null;
            });
        }
        return account;
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
        profiles.addWorkPeriod(new WorkPeriodInput(SHIPYARD, "焊工", today.minusYears(6), null, true));
        for (int y = today.getYear() - 3; y < today.getYear(); y++) {
            profiles.addAssessment(new AssessmentInput(y, AssessmentResult.QUALIFIED));
        }
        return applicant;
    }

    /** The registered employer of this name (registered now by an administrator if it is not yet). */
    protected EmployerView employer(String name) {
        return employers.findByName(name).orElseGet(() -> as(newAccount("empadm", Role.ADMIN),
                () -> employers.register(new EmployerRequest(name, null, false))));
    }

    /** A new reviewer of the named employer (registered if need be). */
    protected AccountView employerReviewer(String employerName) {
        EmployerView employer = employer(employerName);
        String username = "emprev" + SEQUENCE.incrementAndGet();
        return accounts.createEmployerReviewer(username, DEMO_PASSWORD, "单位审核" + username, employer);
    }

    /**
     * A reviewer of the case's employer confirms work history and assessments (employer review), so that the case
     * waits for qualification review. The caller stays signed in as before.
     */
    protected void confirmedByEmployer(String caseNumber) {
        org.camunda.bpm.engine.task.Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TitleApplicationProcess.TASK_EMPLOYER_REVIEW).singleResult();
        if (task == null) {
            throw new AssertionError(caseNumber + " is not waiting for employer review");
        }
        String group = (String) engineRuntime.getVariable(task.getProcessInstanceId(), TitleApplicationProcess.VAR_EMPLOYER_GROUP);
        Long employerId = Long.valueOf(group.substring(group.indexOf('-') + 1));
        AccountView reviewer = EMPLOYER_REVIEWERS.computeIfAbsent(employerId, id -> {
            String username = "emprev" + SEQUENCE.incrementAndGet();
            return accounts.createEmployerReviewer(username, DEMO_PASSWORD, "单位审核" + username,
                    employers.find(id).orElseThrow());
        });
        as(reviewer, () -> {
            employerReviews.confirm(task.getId(), new EmployerConfirmation(true, true,
                    employerReviews.needsPostConfirmation(task.getId()) ? "专业技术岗位（中级）" : null));
            return null;
        });
    }

    /**
     * Carries a case waiting for employer review to the publicity stage: the employer confirms, the demo reviewer
     * approves, and the panel's vote passes it (no integrity flag expected). The caller stays signed in as before.
     */
    protected void passedToPublicity(String caseNumber) {
        confirmedByEmployer(caseNumber);
        as(accounts.findByUsername("reviewer").orElseThrow(), () -> {
            String task = engineTasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
            reviewInbox.claim(task);
            reviewInbox.approve(task);
            return null;
        });
        as(accounts.findByUsername("secretary").orElseThrow(), () -> titleCases.committeeDecided(caseNumber, true, "同意 7"));
    }

    /** Runs {@code action} signed in as {@code account}, then restores whoever was signed in. */
    protected static <T> T as(AccountView account, java.util.function.Supplier<T> action) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        signIn(account);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
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
