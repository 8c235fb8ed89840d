package org.talentbridge.casefile.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casefile.CaseDocument;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawRequest;
import org.talentbridge.committee.DrawView;
import org.talentbridge.committee.ExpertPoolService;
import org.talentbridge.committee.ExpertRequest;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.policy.TitleLevel;

/** The one case-file component where decisions are made: employer review, qualification review, the ballot. */
class CaseFileScreensTest extends KaribuTest {

    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private CommitteeService committee;
    @Autowired
    private ExpertPoolService experts;
    @Autowired
    private AuditLog audit;

    private String submittedWithACertificateScan(String prefix) {
        eligibleWelder(prefix);
        caseFiles.upload(ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id()),
                new EvidenceFile("技师证书.pdf", "application/pdf", Documents.pdf("技师证书")));
        return cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
    }

    private String taskOf(String caseNumber, String definitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(definitionKey)
                .singleResult().getId();
    }

    private static void showsTheScan(CaseFilePanel panel) {
        assertThat(panel.documents()).extracting(d -> d.version().fileName()).containsExactly("技师证书.pdf");
        assertThat(panel.title.getText()).startsWith("申报材料");
    }

    @Test
    void theEmployerAndTheReviewerSeeTheCaseFileBesideTheirDecision() {
        String caseNumber = submittedWithACertificateScan("uicfrev");

        openAs(employerReviewer(SHIPYARD));
        navigate("employer/review/" + taskOf(caseNumber, TitleApplicationProcess.TASK_EMPLOYER_REVIEW));
        showsTheScan(_get(CaseFilePanel.class));

        confirmedByEmployer(caseNumber);
        openAs(newAccount("uicfrv", Role.REVIEWER));
        navigate("review/" + taskOf(caseNumber, TitleApplicationProcess.TASK_QUALIFICATION_REVIEW));
        CaseFilePanel panel = _get(CaseFilePanel.class);
        showsTheScan(panel);
        assertThat(panel.documents().get(0).item().kind()).isEqualTo(ItemKind.CERTIFICATE);
        assertThat(panel.grid.getColumns()).hasSize(5);
    }

    @Test
    void aCommitteeMemberSeesTheFilesOfTheirPanelsCasesOnTheBallotAndNoOtherCasesFile() {
        String onThePanel = submittedWithACertificateScan("uicfpanel");
        String elsewhere = submittedWithACertificateScan("uicfother");
        AccountView secretary = accounts.findByUsername("secretary").orElseThrow();
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "材料表决批次" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5), "admin");
        for (int i = 0; i < 6; i++) {
            AccountView expert = newAccount("uicfvoter", Role.COMMITTEE_MEMBER);
            as(secretary, () -> experts.addExpert(new ExpertRequest(expert.username(), "体育", TitleLevel.SENIOR, null, false)));
        }
        DrawView draw = as(secretary, () -> committee.confirm(committee.draw(new DrawRequest(round.id(), "体育",
                TitleLevel.INTERMEDIATE, false, List.of(onThePanel), Set.of(), 3)).id()));
        AccountView member = accounts.findByUsername(draw.panel().get(0).username()).orElseThrow();

        openAs(member);
        navigate("committee/ballot/" + draw.id());
        CaseFilePanel panel = _get(CaseFilePanel.class);
        showsTheScan(panel);
        CaseDocument scan = panel.documents().get(0);
        assertThat(as(member, () -> caseFiles.read(onThePanel, scan.id())).content()).startsWith((byte) '%');
        assertThat(audit.history("case:" + onThePanel)).anyMatch(e -> e.getAction().equals("casefile.read")
                && e.getActor().equals(member.username()));

        assertThatThrownBy(() -> as(member, () -> caseFiles.caseFile(elsewhere))).isInstanceOf(AccessDeniedException.class);
        List<String> seated = draw.panel().stream().map(m -> m.username()).toList();
        AccountView notSeated = accounts.findByUsername(draw.drawn().stream().map(m -> m.username())
                .filter(u -> !seated.contains(u)).findFirst().orElseThrow()).orElseThrow();
        assertThatThrownBy(() -> as(notSeated, () -> caseFiles.caseFile(onThePanel))).isInstanceOf(AccessDeniedException.class);
    }
}
