package org.talentbridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.SeriesDecisionInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleApplicationProcess;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;

/** Rule T0 for unlisted occupations: the committee secretary decides the series once, and it is reused. */
class SeriesDecisionTest extends IntegrationTest {

    @Autowired
    private SeriesDecisionService decisions;
    @Autowired
    private SeriesDecisionInboxService inbox;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private TaskService tasks;
    @Autowired
    private TitleScreening screening;

    private String submitUnlisted(String prefix, String occupation) {
        eligibleWelder(prefix);
        return cases.submit(new SubmitTitleApplication(occupation, null, TitleLevel.ASSISTANT, true)).caseNumber();
    }

    private String taskOf(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    @Test
    void oneDecisionReleasesEveryWaitingCaseOfTheOccupationAndLaterCasesSkipTheSecretary() {
        String occupation = "海上风电运维员" + System.nanoTime();
        String first = submitUnlisted("sdone", occupation);
        String second = submitUnlisted("sdtwo", occupation);
        AccountView secretary = newAccount("sdsec", Role.COMMITTEE_SECRETARY);
        signIn(secretary);
        assertThat(inbox.page(0, 10_000)).extracting(r -> r.summary().caseNumber()).contains(first, second);

        inbox.decide(taskOf(first), "工程技术", "属电力设备运行维护类");

        for (String number : List.of(first, second)) {
            assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.EMPLOYER_REVIEW);
            assertThat(cases.details(number).orElseThrow().summary().series()).isEqualTo("工程技术");
        }
        SeriesDecisionView recorded = decisions.find(occupation).orElseThrow();
        assertThat(recorded.decidedBy()).isEqualTo(secretary.username());
        assertThat(recorded.caseNumber()).isEqualTo(first);

        String later = submitUnlisted("sdlater", occupation);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(later).singleResult().getTaskDefinitionKey())
                .isEqualTo(TitleApplicationProcess.TASK_EMPLOYER_REVIEW);
    }

    @Test
    void theScreeningApiUsesARecordedDecision() {
        String occupation = "智能焊接工艺员" + System.nanoTime();
        signIn(newAccount("sdapi", Role.COMMITTEE_SECRETARY));
        decisions.decide(occupation, "工程技术", "焊接工艺类", null);
        LocalDate ref = LocalDate.of(2026, 12, 31);
        TitleScreeningResult result = screening.screen(new TitleScreeningRequest(ref, occupation, null, TitleLevel.INTERMEDIATE,
                List.of(new TitleScreeningRequest.HeldSkillLevel(SkillLevel.TECHNICIAN, "焊工", LocalDate.of(2020, 6, 30))),
                List.of(new TitleScreeningRequest.Work(LocalDate.of(2020, 7, 1), null, "焊工", true)),
                List.of(new TitleScreeningRequest.Assessment(2023, AssessmentResult.QUALIFIED),
                        new TitleScreeningRequest.Assessment(2024, AssessmentResult.QUALIFIED),
                        new TitleScreeningRequest.Assessment(2025, AssessmentResult.QUALIFIED)),
                List.of(), true, null));
        // before the decision only certificates in the same occupation would count; now 焊工 (工程技术) counts too
        assertThat(result.eligible()).isTrue();
        assertThat(result.needsSeriesDecision()).isFalse();
        assertThat(result.series()).isEqualTo("工程技术");
    }

    @Test
    void aDecisionNeedsAKnownSeriesAndAReasonAndCannotBeChangedOrMadeForAListedOccupation() {
        String occupation = "水下机器人操作员" + System.nanoTime();
        signIn(newAccount("sdval", Role.COMMITTEE_SECRETARY));
        assertThat(problemsOf(() -> decisions.decide(occupation, "航海技术", " ", null)))
                .containsExactlyInAnyOrder(new FieldProblem("series", "validation.seriesUnknown"),
                        new FieldProblem("reason", "validation.required"));
        assertThat(problemsOf(() -> decisions.decide("焊工", "工程技术", "已列明", null)))
                .containsExactly(new FieldProblem("occupationName", "validation.occupationListed"));

        decisions.decide(occupation, "工程技术", "机电设备操作类", null);
        assertThat(decisions.decide(occupation, "工程技术", "重复认定", null).reason()).isEqualTo("机电设备操作类");
        assertThat(problemsOf(() -> decisions.decide(occupation, "实验技术", "改为实验技术", null)))
                .containsExactly(new FieldProblem("series", "validation.seriesAlreadyDecided", "工程技术"));
    }

    @Test
    void onlyTheCommitteeSecretaryDecides() {
        signIn(newAccount("sdrev", Role.REVIEWER));
        assertThatThrownBy(() -> decisions.decide("某新职业", "工程技术", "越权", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.page(0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
