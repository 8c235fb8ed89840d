package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.CertificateInput;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.InboxRow;
import org.talentbridge.casework.IntegrityFlag;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/** The integrity officer's list and review screen: the flags beside the evidence, clear with a reason. */
class IntegrityReviewScreenTest extends KaribuTest {

    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;

    @Test
    void anOfficerClearsTheFlagsOfAPassedCaseWithAReasonAndItIsPublished() {
        AccountView applicant = eligibleWelder("irui");
        profiles.addCertificate(new CertificateInput(SkillLevel.SENIOR_WORKER, "焊工", LocalDate.of(2005, 1, 1),
                "SW-" + applicant.username(), "鉴定中心")); // aged ten: flagged under I.3
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        as(newAccount("iruirev", Role.REVIEWER), () -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
            inbox.claim(task);
            inbox.approve(task);
            return null;
        });
        as(accounts.findByUsername("secretary").orElseThrow(), () -> cases.committeeDecided(number, true, "同意 7"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
                .isEqualTo(TitleApplicationProcess.TASK_INTEGRITY_REVIEW);

        openAs(newAccount("iruioff", Role.INTEGRITY_OFFICER));
        navigate("integrity/reviews");
        IntegrityReviewsView list = _get(IntegrityReviewsView.class);
        InboxRow row = _fetch(list.grid, 0, _size(list.grid)).stream().filter(r -> r.summary().caseNumber().equals(number))
                .findFirst().orElseThrow();
        navigate("integrity/review/" + row.taskId());
        IntegrityReviewView review = _get(IntegrityReviewView.class);
        assertThat(_fetch(review.flags, 0, 10)).extracting(IntegrityFlag::messageKey).contains("integrityCheck.I.3");
        _click(review.clear);
        assertThat(review.reason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(review.reason, "证书日期录入错误，原件为 2015 年");
        _click(review.clear);

        signIn(applicant);
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.PUBLICITY);
    }

    @Test
    void reviewersCannotOpenTheIntegrityScreens() {
        openAs(newAccount("iruino", Role.REVIEWER));
        assertNavigationDenied("integrity/reviews", IntegrityReviewsView.class);
        assertNavigationDenied("integrity/review/x", IntegrityReviewView.class);
    }
}
