package org.talentbridge.casework.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.InboxScope;
import org.talentbridge.casework.ReviewInboxService;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The qualification inbox's filters on its screen (Karibu), besides the absence filter ({@code AbsencesTest}): the
 * case-number search, the series and round selects and the scope (mine, my groups', overdue), each narrowing the grid
 * to the reviewer's waiting case or to nothing, as the reviewer changes them.
 */
class InboxFiltersScreenTest extends KaribuTest {

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

    private static List<String> rows(InboxView view) {
        return _fetch(view.grid, 0, 100).stream().map(r -> r.summary().caseNumber()).toList();
    }

    @Test
    void theCaseNumberSeriesRoundAndScopeFiltersEachNarrowTheGrid() {
        eligibleWelder("inbfilt");
        String number = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        confirmedByEmployer(number);
        LocalDate today = LocalDate.now();
        // a round whose intake closed before today: no case of this or any other test lands in it
        RoundView otherRound = rounds.createAs(new RoundRequest(today.getYear(), "筛选测试批次" + System.nanoTime(),
                catalog.seriesNames(), LocalDate.of(today.getYear(), 12, 31), today.minusDays(30), today.minusDays(10), 10, 5),
                "admin");
        AccountView reviewer = newAccount("inbfiltrev", Role.REVIEWER);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();

        openAs(reviewer);
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        _setValue(view.caseNumber, number.substring(number.length() - 6));
        assertThat(rows(view)).containsExactly(number);

        // series
        String anotherSeries = view.series.getListDataView().getItems().filter(s -> !s.equals("工程技术")).findFirst().orElseThrow();
        _setValue(view.series, anotherSeries);
        assertThat(rows(view)).isEmpty();
        _setValue(view.series, "工程技术");
        assertThat(rows(view)).containsExactly(number);
        _setValue(view.series, null);

        // round: the case's own, then a round it is not in
        String roundName = _fetch(view.grid, 0, 1).get(0).summary().roundName();
        List<RoundView> offered = view.round.getListDataView().getItems().toList();
        _setValue(view.round, offered.stream().filter(r -> r.name().equals(roundName)).findFirst().orElseThrow());
        assertThat(rows(view)).containsExactly(number);
        _setValue(view.round, offered.stream().filter(r -> r.id().equals(otherRound.id())).findFirst().orElseThrow());
        assertThat(rows(view)).isEmpty();
        _setValue(view.round, null);
        assertThat(rows(view)).containsExactly(number);

        // scope: unclaimed it is the group's, claimed it is mine; overdue only once past its due date
        _setValue(view.scope, InboxScope.MINE);
        assertThat(rows(view)).isEmpty();
        _setValue(view.scope, InboxScope.GROUPS);
        assertThat(rows(view)).containsExactly(number);
        inbox.claim(task);
        _setValue(view.scope, InboxScope.MINE);
        assertThat(rows(view)).containsExactly(number);
        _setValue(view.scope, InboxScope.GROUPS);
        assertThat(rows(view)).isEmpty();
        _setValue(view.scope, InboxScope.OVERDUE);
        assertThat(rows(view)).isEmpty();
        tasks.setDueDate(task, new Date(System.currentTimeMillis() - 60_000));
        _setValue(view.scope, InboxScope.ALL);
        _setValue(view.scope, InboxScope.OVERDUE);
        assertThat(rows(view)).containsExactly(number);
        assertThat(_fetch(view.grid, 0, 1).get(0).overdue()).isTrue();
    }
}
