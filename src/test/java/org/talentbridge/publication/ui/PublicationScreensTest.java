package org.talentbridge.publication.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.account.ui.LoginView;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.publication.ObjectionStatus;
import org.talentbridge.publication.ObjectionView;
import org.talentbridge.publication.Objections;
import org.talentbridge.publication.PublicEntry;
import org.talentbridge.publication.GrantJobs;
import org.talentbridge.publication.PublicationClock;
import org.talentbridge.publication.PublicationService;
import org.talentbridge.publication.PublicityView;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.ui.FormErrors;
import org.talentbridge.shared.validation.InvalidInputException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;

/**
 * The publicity screens as their users meet them: a visitor who has not signed in objects on the public page; the
 * integrity officer answers; the secretary publishes a round's ready cases. Officer and secretary screens are refused
 * to others.
 */
class PublicationScreensTest extends KaribuTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    /** Thursday before the Mid-Autumn holiday: the period is Monday 28 September to Friday 9 October 2026. */
    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 9, 24, 10, 0);

    @Autowired
    private PublicationService publication;
    @Autowired
    private Objections objections;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;
    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    private org.camunda.bpm.engine.ManagementService management;

    @AfterEach
    void systemClock() {
        PublicationClock.system(publication);
    }

    private RoundView freshRound() {
        LocalDate today = LocalDate.now();
        return rounds.createAs(new RoundRequest(today.getYear(), "公示界面批次" + SEQ.incrementAndGet() + "-" + System.nanoTime(),
                List.of("工程技术"), LocalDate.of(today.getYear(), 12, 31), today.minusDays(10), today.plusDays(10), 10, 5),
                "admin");
    }

    private String caseIn(RoundView round) {
        eligibleWelder("pubscr");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true, round.id())).caseNumber();
        passedToPublicity(number); // through employer, reviewer and the panel's vote: now it may be published
        SecurityContextHolder.clearContext();
        return number;
    }

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    private AccountView officer() {
        return accounts.findByUsername("integrity").orElseThrow();
    }

    /** A published round of one case; "today" is then the first day of its period. */
    private PublicityView publishedOne() {
        RoundView round = freshRound();
        String number = caseIn(round);
        PublicationClock.at(publication, PUBLISHED);
        PublicityView p = as(secretary(), () -> publication.publish(round.id(), List.of(number)));
        PublicationClock.at(publication, LocalDateTime.of(2026, 9, 28, 9, 0));
        return p;
    }

    @SuppressWarnings("unchecked")
    private static void clickObject(PublicityPage page, long entryId) {
        for (Grid<?> grid : _find(page, Grid.class)) {
            List<PublicEntry> rows = _fetch((Grid<PublicEntry>) grid, 0, 1000);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == entryId) {
                    _click((Button) _getCellComponent(grid, i, "object"));
                    return;
                }
            }
        }
        throw new AssertionError("no object button for entry " + entryId);
    }

    @Test
    void aVisitorWhoHasNotSignedInObjectsOnThePublicPageWithFieldErrorsFirst() {
        PublicityView p = publishedOne();
        long entryId = p.entries().get(0).id();
        openAs(null);
        navigate("publicity");
        PublicityPage page = _get(PublicityPage.class);
        clickObject(page, entryId);

        ObjectionForm form = _get(ObjectionForm.class);
        _click(form.submit);
        assertThat(form.objectorName.isInvalid()).isTrue();
        assertThat(form.statement.isInvalid()).isTrue();
        assertThat(form.phone.getErrorMessage()).isEqualTo("请填写联系电话或电子邮箱");

        _setValue(form.objectorName, "张异议");
        _setValue(form.phone, "13900001111");
        _setValue(form.statement, "申报材料中的工作年限与实际不符");
        _click(form.submit);
        assertThat(_find(ObjectionForm.class)).isEmpty();

        List<ObjectionView> open = as(officer(), () -> objections.open());
        assertThat(open).filteredOn(o -> o.maskedName().equals(p.entries().get(0).maskedName()) && o.objectorName().equals("张异议"))
                .isNotEmpty();
    }

    @Test
    void theObjectButtonIsGoneAfterThePeriod() {
        PublicityView p = publishedOne();
        PublicationClock.at(publication, LocalDateTime.of(2026, 10, 10, 0, 0));
        openAs(null);
        navigate("publicity");
        PublicityPage page = _get(PublicityPage.class);
        assertThat(_find(page, Button.class, spec -> spec.withText("提出异议"))).isEmpty();
        assertThat(_find(page, Grid.class)).isNotEmpty();
        assertThat(p.periodEnd()).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void theIntegrityOfficerReadsAnObjectionWithItsEvidenceAndHandlesItInItsInvestigation() {
        PublicityView p = publishedOne();
        SecurityContextHolder.clearContext();
        long id = objections.lodge(p.entries().get(0).id(), new org.talentbridge.publication.ObjectionRequest(
                "李异议", null, null, "li@example.com", "学历证书存疑"), List.of(), "10.88." + SEQ.incrementAndGet() + ".1");

        openAs(officer());
        navigate("integrity/objections");
        ObjectionsView view = _get(ObjectionsView.class);
        List<ObjectionView> rows = _fetch(view.open, 0, 1000);
        int row = rows.stream().map(ObjectionView::id).toList().indexOf(id);
        assertThat(row).isNotNegative();
        assertThat(rows.get(row).dueDate()).isEqualTo(LocalDate.of(2026, 10, 16));
        _click((Button) _getCellComponent(view.open, row, "answer"));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("学历证书存疑"));
        _click(_get(Button.class, spec -> spec.withText("到诚信调查中办理")));

        _get(org.talentbridge.investigation.ui.InvestigationsView.class); // the investigation the objection opened is there
        assertThat(as(officer(), () -> publication.entries(p.id()))).singleElement()
                .satisfies(e -> assertThat(e.paused()).isTrue()); // paused until the investigation decides
    }

    @Test
    void theSecretaryPublishesTheSelectedPassedCasesOfARound() {
        RoundView round = freshRound();
        String number = caseIn(round); // passed by its panel: waiting in publicity

        openAs(secretary());
        navigate("committee/publicity");
        PublishView view = _get(PublishView.class);
        _click(view.publish);
        assertThat(view.round.isInvalid()).isTrue();
        _setValue(view.round, round);
        List<CaseFacts> ready = _fetch(view.cases, 0, 1000);
        assertThat(ready).extracting(CaseFacts::caseNumber).containsExactly(number);
        _click(view.publish);
        assertThat(publication.ofRound(round.id())).as("nothing selected").isEmpty();

        view.cases.select(ready.get(0));
        _setValue(view.workingDays, 7);
        _click(view.publish);
        PublicityView published = publication.ofRound(round.id()).orElseThrow();
        assertThat(published.workingDays()).isEqualTo(7);
        assertThat(published.entries()).singleElement().satisfies(e -> assertThat(e.maskedName()).startsWith("测"));
        assertThat(view.publish.isEnabled()).isFalse();
        assertThat(view.state.getText()).contains("该批次已公示");
    }

    @Test
    void afterThePeriodTheSecretaryGrantsFromThePublishScreenAndMayExportTheList() {
        RoundView round = freshRound();
        String number = caseIn(round);
        PublicationClock.at(publication, PUBLISHED);
        as(secretary(), () -> publication.publish(round.id(), List.of(number)));

        openAs(secretary());
        navigate("committee/publicity");
        PublishView view = _get(PublishView.class);
        _setValue(view.round, round);
        assertThat(view.grant.isVisible()).isTrue();
        assertThat(view.export.isVisible()).isTrue();
        PublicationClock.at(publication, LocalDateTime.of(2026, 10, 10, 9, 0)); // the day after the period's last day
        _setValue(view.round, null);
        _setValue(view.round, round);
        _click(view.grant);
        // the click starts the grant; the entries' jobs grant in the background and the screen shows how far they are
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.PUBLICITY);
        long listId = publication.ofRound(round.id()).orElseThrow().id();
        String instance = GrantJobs.instances(runtime, listId).get(0).getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId()); // the timer
        management.executeJob(management.createJobQuery().processInstanceId(instance).singleResult().getId()); // the fan-out
        _setValue(view.round, null);
        _setValue(view.round, round);
        assertThat(view.grantState.isVisible()).isTrue();
        assertThat(view.grantState.getText()).isEqualTo("授予进行中：1 件中已处理 0 件；0 件失败待重试，0 件需管理员处理");
        GrantJobs.runAll(runtime, management, listId);
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.GRANTED);
        _setValue(view.round, null);
        _setValue(view.round, round);
        assertThat(view.grantState.isVisible()).isFalse();
    }

    @Test
    void onThePeriodsLastDayTheGrantButtonIsDisabledAndNamesTheDayItOpens() {
        RoundView round = freshRound();
        String number = caseIn(round);
        PublicationClock.at(publication, PUBLISHED);
        as(secretary(), () -> publication.publish(round.id(), List.of(number)));
        PublicationClock.at(publication, LocalDateTime.of(2026, 10, 9, 18, 0)); // the last day of the period

        openAs(secretary());
        navigate("committee/publicity");
        PublishView view = _get(PublishView.class);
        _setValue(view.round, round);
        assertThat(view.grant.isVisible()).isTrue();
        assertThat(view.grant.isEnabled()).isFalse();
        assertThat(view.grantFrom.getText()).isEqualTo("公示期至 2026-10-09，2026-10-10 起可授予");
        assertThat(cases.details(number).orElseThrow().summary().status()).isEqualTo(CaseStatus.PUBLICITY);

        PublicationClock.at(publication, LocalDateTime.of(2026, 10, 10, 0, 0)); // the day it opens
        _setValue(view.round, null);
        _setValue(view.round, round);
        assertThat(view.grant.isEnabled()).isTrue();
        assertThat(view.grantFrom.isVisible()).isFalse();
    }

    @Test
    void aRefusalForAFieldTheScreenDoesNotShowIsNotifiedAsItsSentenceWithoutKeyOrPrefix() {
        openAs(secretary());
        navigate("committee/publicity");
        PublishView view = _get(PublishView.class);
        NotificationsKt.clearNotifications();
        new FormErrors(view).show(InvalidInputException.of("publicityId", "validation.publicityRunning", "2026-10-09"));
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n ->
                assertThat(com.github.mvysny.kaributools.NotificationsKt.getText(n))
                        .isEqualTo("公示期至 2026-10-09 尚未届满，期满后才能授予"));
    }

    @Test
    void aListNotYetStartedSaysFromWhichDayItTakesObjectionsAndARunningOneUntilWhen() {
        RoundView round = freshRound();
        String number = caseIn(round);
        PublicationClock.at(publication, PUBLISHED); // Thursday; the period starts on Monday 28 September
        as(secretary(), () -> publication.publish(round.id(), List.of(number)));
        openAs(null);
        navigate("publicity");
        assertThat(periodLineOf(round)).endsWith("2026-09-28 起受理异议，至 2026-10-09 24 时止");

        PublicationClock.at(publication, LocalDateTime.of(2026, 9, 28, 9, 0));
        navigate("my-cases"); // away and back: the page reads the lists again
        navigate("publicity");
        assertThat(periodLineOf(round)).endsWith("正在受理异议，至 2026-10-09 24 时止");
    }

    /** The period line of the round's list on the public page (the paragraph right under its title). */
    private static String periodLineOf(RoundView round) {
        PublicityPage page = _get(PublicityPage.class);
        List<com.vaadin.flow.component.Component> lines = page.currentLists.getChildren().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof com.vaadin.flow.component.html.H3 h && h.getText().contains(round.name())) {
                return ((com.vaadin.flow.component.html.Paragraph) lines.get(i + 1)).getText();
            }
        }
        throw new AssertionError("no list of " + round.name() + " on the public page");
    }

    @Test
    void thePublicPageIsOpenToAllButOfficerAndSecretaryScreensAreNot() {
        openAs(null);
        navigate("publicity");
        assertThat(_find(PublicityPage.class)).hasSize(1);
        // a visitor asking for a staff screen is sent to sign in
        navigate("integrity/objections");
        assertThat(_find(ObjectionsView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
        navigate("committee/publicity");
        assertThat(_find(PublishView.class)).isEmpty();
        assertThat(_find(LoginView.class)).hasSize(1);
        openAs(newAccount("pubrev", Role.REVIEWER));
        assertNavigationDenied("integrity/objections", ObjectionsView.class);
        openAs(newAccount("pubapp", Role.APPLICANT));
        assertNavigationDenied("committee/publicity", PublishView.class);
        navigate("publicity");
        assertThat(_find(PublicityPage.class)).hasSize(1);
    }
}
