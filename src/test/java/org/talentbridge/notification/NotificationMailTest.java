package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.TestMailServer;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.ReviewDecision;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * E-mail copies go to a real SMTP server (GreenMail in this JVM; the test profile turns mail on) after the
 * notifying transaction commits; a mail server that is down fails no business transaction.
 */
class NotificationMailTest extends IntegrationTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private org.camunda.bpm.engine.TaskService tasks;
    @Autowired
    private Notifier notifier;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private final GreenMail smtp = TestMailServer.server();

    private void giveEmail(AccountView account, String email) {
        jdbc.update("update tb.account set email = ? where username = ?", email, account.username());
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail status of the notifications of {@code username}, once none is PENDING any more. */
    private List<String> mailStatusesOf(String username) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<String> statuses = jdbc.queryForList("select coalesce(mail_status, 'NONE') from tb.notification "
                    + "where recipient = ? order by id", String.class, username);
            if (!statuses.contains("PENDING") || Instant.now().isAfter(until)) {
                return statuses;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return statuses;
            }
        }
    }

    private String returnACase(AccountView applicant, String reason) {
        signIn(applicant);
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        AccountView reviewer = newAccount("nmailrev", Role.REVIEWER);
        signIn(reviewer);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        inbox.claim(taskId);
        inbox.decide(taskId, ReviewDecision.RETURN, reason);
        return number;
    }

    @Test
    void aReturnedCaseIsMailedToTheApplicantAfterCommit() throws Exception {
        AccountView applicant = eligibleWelder("nmail");
        String address = applicant.username() + "@example.com";
        giveEmail(applicant, address);

        String number = returnACase(applicant, "请补充 2025 年度考核证明");

        // two notices, both mailed: the employer's confirmation (a stage move) and the return
        assertThat(mailStatusesOf(applicant.username())).containsExactly("SENT", "SENT");
        MimeMessage mail = mailsTo(address).stream().filter(m -> subjectOf(m).equals("【人才贯通】退回补正"))
                .findFirst().orElseThrow();
        assertThat(mail.getFrom()[0].toString()).isEqualTo("noreply@talentbridge.local");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(decoded(mail)).contains("您的申报 " + number + " 被退回补正。审核意见：请补充 2025 年度考核证明")
                .contains("http://localhost:8080/cases/" + number);
    }

    @Test
    void someoneWithoutAnAddressGetsNoMailAndARolledBackNotificationSendsNone() {
        AccountView noAddress = newAccount("nmailnone", Role.APPLICANT);
        AccountView rolledBack = newAccount("nmailrb", Role.APPLICANT);
        giveEmail(rolledBack, rolledBack.username() + "@example.com");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(s -> tell(noAddress));
        transaction.executeWithoutResult(s -> {
            tell(rolledBack);
            s.setRollbackOnly();
        });
        // a later mail proves the queue has moved past anything the two above could have sent
        AccountView marker = newAccount("nmailmark", Role.APPLICANT);
        giveEmail(marker, marker.username() + "@example.com");
        transaction.executeWithoutResult(s -> tell(marker));
        assertThat(mailStatusesOf(marker.username())).containsExactly("SENT");

        assertThat(mailStatusesOf(noAddress.username())).containsExactly("NONE");
        assertThat(mailStatusesOf(rolledBack.username())).isEmpty();
        assertThat(mailsTo(rolledBack.username() + "@example.com")).isEmpty();
        assertThat(mailsTo(marker.username() + "@example.com")).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownFailsNoBusinessTransactionAndTheNotificationIsMarkedFailed() {
        AccountView applicant = eligibleWelder("nmaildown");
        giveEmail(applicant, applicant.username() + "@example.com");

        String[] number = new String[1];
        TestMailServer.whileDown(() -> {
            number[0] = returnACase(applicant, "请补充材料");
            assertThat(mailStatusesOf(applicant.username())).containsExactly("FAILED", "FAILED");
        });

        signIn(applicant);
        assertThat(cases.details(number[0]).orElseThrow().correction()).isPresent(); // the return stands
        assertThat(mailsTo(applicant.username() + "@example.com")).isEmpty();
    }

    private void tell(AccountView who) {
        notifier.notify(List.of(who.username()), new Notifier.Draft(NotificationKind.CASE_DECIDED, "ZC-MAIL",
                "notification.caseApproved", List.of(NotificationText.text("ZC-MAIL")), "cases/ZC-MAIL", null));
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        return content instanceof String text ? text : GreenMailUtil.getBody(mail);
    }
}
