package org.talentbridge.committee.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import org.talentbridge.KaribuTest;
import org.talentbridge.committee.CaseGroup;
import org.talentbridge.committee.CommitteeService;
import org.talentbridge.committee.DrawRequest;
import org.talentbridge.committee.DrawView;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;
import com.vaadin.flow.component.textfield.IntegerField;
import org.talentbridge.shared.ui.GridColumns;

/** Grouping the real cases of a round for the committee: by series, target level and route; drawn once. */
class CaseGroupingTest extends KaribuTest {

    @Autowired
    private CommitteeService committee;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private ReviewInboxService inbox;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;

    /** A round of its own that closes late, so that no other test's submission lands in it. */
    private RoundView lateRound() {
        LocalDate today = LocalDate.now();
        return rounds.createAs(new RoundRequest(today.getYear(), "分组测试批次" + System.nanoTime(), catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(1), today.plusDays(365), 10, 5), "admin");
    }

    /** A welder's case in the round, confirmed by the employer and approved in qualification review. */
    private String readyForCommittee(String prefix, RoundView round, TitleLevel level) {
        eligibleWelder(prefix);
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", level, true, round.id())).caseNumber();
        confirmedByEmployer(number);
        AccountView reviewer = newAccount(prefix + "rev", Role.REVIEWER);
        as(reviewer, () -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
            inbox.claim(task);
            inbox.approve(task);
            return null;
        });
        return number;
    }

    @Test
    void casesReadyForTheCommitteeAreGroupedBySeriesLevelAndRouteAndEachGroupIsDrawnOnce() {
        RoundView round = lateRound();
        String first = readyForCommittee("grpa", round, TitleLevel.INTERMEDIATE);
        String second = readyForCommittee("grpb", round, TitleLevel.INTERMEDIATE);
        String assistant = readyForCommittee("grpc", round, TitleLevel.ASSISTANT);
        signIn(accounts.findByUsername("secretary").orElseThrow());

        List<CaseGroup> groups = committee.groups(round.id());
        assertThat(groups).hasSize(2);
        CaseGroup intermediate = groups.stream().filter(g -> g.targetLevel() == TitleLevel.INTERMEDIATE).findFirst().orElseThrow();
        assertThat(intermediate.caseNumbers()).containsExactly(first, second);
        assertThat(intermediate.series()).isEqualTo("工程技术");
        assertThat(intermediate.route()).isEqualTo("STANDARD");
        assertThat(intermediate.highSkilled()).isTrue();
        assertThat(intermediate.applicantEmployerIds()).containsExactly(employer(SHIPYARD).id());
        assertThat(groups).filteredOn(g -> g.targetLevel() == TitleLevel.ASSISTANT).singleElement()
                .satisfies(g -> assertThat(g.caseNumbers()).containsExactly(assistant));

        List<DrawView> drawn = committee.drawAll(round.id(), 3);

        assertThat(drawn).hasSize(2);
        assertThat(drawn).flatExtracting(DrawView::caseNumbers).containsExactlyInAnyOrder(first, second, assistant);
        assertThat(committee.groups(round.id())).isEmpty(); // drawn cases are not grouped again
        assertThat(committee.drawAll(round.id(), 3)).isEmpty();
    }

    @Test
    void theSecretaryGroupsAndDrawsTheRoundOnTheDrawScreen() {
        RoundView round = lateRound();
        String number = readyForCommittee("grpui", round, TitleLevel.INTERMEDIATE);
        openAs(accounts.findByUsername("secretary").orElseThrow());
        navigate("committee/draws");
        PanelDrawsView view = _get(PanelDrawsView.class);
        _click(view.drawAll);
        assertThat(view.groupRound.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(view.groupRound, view.groupRound.getListDataView().getItems().filter(r -> r.id().equals(round.id()))
                .findFirst().orElseThrow());
        assertThat(_fetch(view.groups, 0, 10)).singleElement().satisfies(g -> assertThat(g.caseNumbers()).containsExactly(number));
        _setValue(view.groupPanelSize, 3);
        _click(view.drawAll);
        assertThat(_size(view.groups)).isZero();
        assertThat(view.detail.isVisible()).isTrue();
        assertThat(_fetch(view.panel, 0, 10)).hasSize(3);
        // the panels just drawn sit right under the button that drew them, not below the manual form
        assertThat(_fetch(view.drawnNow, 0, 10)).singleElement().satisfies(d -> assertThat(d.caseNumbers()).containsExactly(number));
        assertThat(view.detail.getParent()).contains(view.groupsResult);
        assertThat(view.indexOf(view.drawnNow)).isEqualTo(view.indexOf(view.drawAll) + 1);
        assertThat(view.indexOf(view.groupsResult)).isEqualTo(view.indexOf(view.drawAll) + 2);
    }

    @Test
    void eachDrawActionHasItsOwnPanelSizeBesideItAndBothTakeOddSizesOnly() {
        openAs(accounts.findByUsername("secretary").orElseThrow());
        navigate("committee/draws");
        PanelDrawsView view = _get(PanelDrawsView.class);
        // the round's group size sits with the round, above "draw every group"; the manual size in the manual form
        assertThat(view.groupPanelSize.getParent()).isEqualTo(view.groupRound.getParent());
        assertThat(view.indexOf(view.groupPanelSize.getParent().orElseThrow())).isLessThan(view.indexOf(view.drawAll));
        assertThat(view.panelSize.getParent().orElseThrow()).isInstanceOf(com.vaadin.flow.component.formlayout.FormLayout.class);
        assertThat(view.indexOf(view.panelSize.getParent().orElseThrow()) + 1).isEqualTo(view.indexOf(view.draw));
        assertThat(view.panelSize).isNotSameAs(view.groupPanelSize);

        for (IntegerField size : List.of(view.groupPanelSize, view.panelSize)) {
            for (int odd : new int[] {1, 3, 7}) {
                _setValue(size, odd);
                assertThat(size.isInvalid()).as("%d seats", odd).isFalse();
            }
            _setValue(size, 4);
            assertThat(size.isInvalid()).isTrue();
            assertThat(size.getErrorMessage()).isEqualTo("评审组人数须为奇数，如 3、5、7");
            _setValue(size, 0);
            assertThat(size.isInvalid()).isTrue();
        }
    }

    @Test
    void caseNumbersAreNeverCutInTheTallyAndRoundNamesShowOnHover() {
        openAs(accounts.findByUsername("secretary").orElseThrow());
        navigate("committee/panel-votes");
        PanelVotesView votes = _get(PanelVotesView.class);
        for (var number : List.of(votes.tally.getColumns().get(0), votes.counts.getColumns().get(0))) {
            assertThat(number.getHeaderText()).isEqualTo("申报编号");
            assertThat(number.isAutoWidth()).isTrue();
            assertThat(number.getFlexGrow()).isZero();
        }
        assertThat(votes.votes.getColumns().get(1).getTooltipGenerator()).isNotNull();

        navigate("committee/draws");
        PanelDrawsView draws = _get(PanelDrawsView.class);
        // the round picker of "按批次分组抽取" is as wide as the longest round name, never Lumo's narrow default
        String longest = draws.groupRound.getListDataView().getItems().map(RoundView::name)
                .max(java.util.Comparator.comparingDouble(GridColumns::textWidthEm)).orElseThrow();
        assertThat(Double.parseDouble(draws.groupRound.getWidth().replace("em", "")))
                .isGreaterThan(GridColumns.textWidthEm(longest)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void anEvenGroupSizeDrawsNothing() {
        RoundView round = lateRound();
        readyForCommittee("grpeven", round, TitleLevel.INTERMEDIATE);
        openAs(accounts.findByUsername("secretary").orElseThrow());
        navigate("committee/draws");
        PanelDrawsView view = _get(PanelDrawsView.class);
        _setValue(view.groupRound, view.groupRound.getListDataView().getItems().filter(r -> r.id().equals(round.id()))
                .findFirst().orElseThrow());
        _setValue(view.groupPanelSize, 4);
        _click(view.drawAll);
        assertThat(_size(view.groups)).isOne();
        assertThat(view.detail.isVisible()).isFalse();
    }

    @Test
    void aDrawByHandSeatsNobodyFromTheApplicantsEmployerAndTakesOnlyCasesOfItsGroup() {
        RoundView round = lateRound();
        String number = readyForCommittee("grphand", round, TitleLevel.INTERMEDIATE);
        signIn(accounts.findByUsername("secretary").orElseThrow());
        // the form names no employer: the case's own employer stands aside all the same
        DrawView drawn = committee.draw(new DrawRequest(round.id(), "工程技术", TitleLevel.INTERMEDIATE, true, List.of(number),
                new java.util.HashSet<>(), 3));
        assertThat(drawn.applicantEmployers()).contains(SHIPYARD);
        assertThat(problemsOf(() -> committee.draw(new DrawRequest(round.id(), "工程技术", TitleLevel.ASSISTANT, true,
                List.of(number), new java.util.HashSet<>(), 3)))).extracting(p -> p.messageKey())
                .containsExactly("validation.committeeCaseNotInGroup");
    }

    @Test
    void onlyTheSecretaryDrawsAndReviewersDoNotSeeGroups() {
        RoundView round = lateRound();
        signIn(newAccount("grprev", Role.REVIEWER));
        assertThatThrownBy(() -> committee.groups(round.id())).isInstanceOf(AccessDeniedException.class);
        signIn(accounts.findByUsername("admin").orElseThrow());
        assertThat(committee.groups(round.id())).isEmpty();
        assertThatThrownBy(() -> committee.drawAll(round.id(), 3)).isInstanceOf(AccessDeniedException.class);
    }
}
