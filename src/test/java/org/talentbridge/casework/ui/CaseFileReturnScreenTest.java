package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ui.CaseFilePanel;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.policy.TitleLevel;

/** A return for correction names the documents to replace; the applicant reads which on the case page. */
class CaseFileReturnScreenTest extends KaribuTest {

    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TaskService tasks;

    @Test
    void theReviewerReturnsTheCaseNamingTheCertificateScanToReplace() {
        AccountView applicant = eligibleWelder("uiret");
        ItemRef certificate = ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id());
        caseFiles.upload(certificate, new EvidenceFile("模糊的证书.pdf", "application/pdf", Documents.pdf("blurred")));
        String caseNumber = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(caseNumber);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TitleApplicationProcess.TASK_QUALIFICATION_REVIEW).singleResult().getId();

        openAs(newAccount("uiretrev", Role.REVIEWER));
        navigate("review/" + taskId);
        _click(_get(ReviewView.class).claim);
        ReviewView review = _get(ReviewView.class);
        assertThat(review.replace.getListDataView().getItems()).containsExactly(certificate);
        _setValue(review.replace, Set.of(certificate));
        _setValue(review.reason, "证书扫描件不清晰，请重新上传");
        _click(review.giveBack);

        assertThat(as(applicant, () -> caseFiles.replacementRequests(caseNumber))).containsExactly(certificate);
        openAs(applicant);
        navigate("cases/" + caseNumber);
        CaseFilePanel panel = _get(CaseFilePanel.class);
        assertThat(_find(panel, Span.class)).anyMatch(s -> s.getText().startsWith("退回补正时要求替换的材料：职业资格（技能等级）证书"));
    }
}
