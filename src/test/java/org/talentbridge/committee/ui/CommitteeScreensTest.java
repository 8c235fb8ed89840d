package org.talentbridge.committee.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.committee.DrawnMember;
import org.talentbridge.committee.ExpertView;
import org.talentbridge.committee.MemberState;
import org.talentbridge.round.RoundRequest;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;

/** The expert pool and panel draw screens: the secretary works them, administrators read, nobody else opens them. */
class CommitteeScreensTest extends KaribuTest {

    @Autowired
    private RoundService rounds;
    @Autowired
    private CatalogService catalog;

    private AccountView secretary() {
        return accounts.findByUsername("secretary").orElseThrow();
    }

    @Test
    void theSecretaryAddsAnExpertWithFieldErrorsFirstAndTakesThemOutAgain() {
        AccountView member = newAccount("uiexp", Role.COMMITTEE_MEMBER);
        employer(SHIPYARD);
        openAs(secretary());
        navigate("committee/experts");
        ExpertPoolView view = _get(ExpertPoolView.class);
        // the demo pool is listed
        assertThat(_fetch(view.grid, 0, _size(view.grid))).extracting(ExpertView::username).contains("expert01", "expert16");

        _click(view.add);
        assertThat(view.username.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(view.series.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(view.username, "reviewer");
        _setValue(view.series, "体育");
        _setValue(view.maxLevel, TitleLevel.ASSOCIATE_SENIOR);
        _click(view.add);
        assertThat(view.username.getErrorMessage()).isEqualTo("该账号不是评委（COMMITTEE_MEMBER）账号");

        _setValue(view.username, member.username());
        _setValue(view.employer, employer(SHIPYARD));
        _setValue(view.highSkilled, true);
        _click(view.add);
        List<ExpertView> rows = _fetch(view.grid, 0, _size(view.grid));
        int row = rows.stream().map(ExpertView::username).toList().indexOf(member.username());
        assertThat(rows.get(row)).satisfies(e -> {
            assertThat(e.series()).isEqualTo("体育");
            assertThat(e.employerName()).isEqualTo(SHIPYARD);
            assertThat(e.highSkilled()).isTrue();
            assertThat(e.active()).isTrue();
        });

        _click((Button) _getCellComponent(view.grid, row, "actions"));
        assertThat(_fetch(view.grid, 0, _size(view.grid))).filteredOn(e -> e.username().equals(member.username()))
                .singleElement().satisfies(e -> assertThat(e.active()).isFalse());
    }

    @Test
    void administratorsReadThePoolAndTheDrawsWithoutTheFormsAndOthersAreTurnedAway() {
        openAs(accounts.findByUsername("admin").orElseThrow());
        navigate("committee/experts");
        ExpertPoolView pool = _get(ExpertPoolView.class);
        assertThat(_size(pool.grid)).isPositive();
        assertThat(pool.add.isAttached()).isFalse();
        navigate("committee/draws");
        assertThat(_get(PanelDrawsView.class).draw.isAttached()).isFalse();

        openAs(accounts.findByUsername("expert").orElseThrow());
        assertNavigationDenied("committee/experts", ExpertPoolView.class);
        assertNavigationDenied("committee/draws", PanelDrawsView.class);
        openAs(newAccount("uicomm", Role.APPLICANT));
        assertNavigationDenied("committee/draws", PanelDrawsView.class);
    }

    @Test
    void theSecretaryDrawsAPanelReplacesAMemberWithAReasonConfirmsAndReplaysIt() {
        LocalDate today = LocalDate.now();
        RoundView round = rounds.createAs(new RoundRequest(today.getYear(), "评审组界面测试批次" + System.nanoTime(), catalog.seriesNames(),
                LocalDate.of(today.getYear(), 12, 31), today.minusDays(5), today.plusDays(5), 10, 5), "admin");
        openAs(secretary());
        navigate("committee/draws");
        PanelDrawsView view = _get(PanelDrawsView.class);
        assertThat(view.panelSize.getValue()).isEqualTo(7);

        _click(view.draw);
        assertThat(view.round.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(view.caseNumbers.getErrorMessage()).isEqualTo("此项为必填项");

        _setValue(view.round, view.round.getListDataView().getItems().filter(r -> r.id().equals(round.id())).findFirst().orElseThrow());
        _setValue(view.series, "工程技术");
        _setValue(view.targetLevel, TitleLevel.SENIOR);
        _setValue(view.caseNumbers, "ZC2026-000901, ZC2026-000902");
        _click(view.draw);
        // few experts of the demo pool may judge senior titles (three, and whatever other tests added): seven need fourteen
        assertThat(view.detail.isVisible()).isFalse();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(com.github.mvysny.kaributools.NotificationsKt.getText(n)).contains("1:2 抽取需要 14 名，现有"));

        _setValue(view.targetLevel, TitleLevel.INTERMEDIATE);
        _setValue(view.highSkilled, true);
        _setValue(view.applicantEmployers, Set.of(employers.findByName("浙江海洋大学").orElseThrow()));
        _setValue(view.panelSize, 5);
        _click(view.draw);
        assertThat(view.detail.isVisible()).isTrue();
        List<DrawnMember> panel = _fetch(view.panel, 0, _size(view.panel));
        assertThat(panel).hasSize(5).anyMatch(DrawnMember::highSkilled)
                .noneMatch(m -> "浙江海洋大学".equals(m.employerName()));
        assertThat(_fetch(view.alternates, 0, _size(view.alternates))).hasSize(5)
                .allMatch(m -> m.state() == MemberState.ALTERNATE);
        long firstAlternate = _fetch(view.alternates, 0, 1).get(0).expertId();

        // a member whose leaving keeps a high-skilled expert on the panel: then the first alternate fits whoever it is
        // (replacing the only high-skilled member passes over alternates who are not: a matter of the random draw)
        long highSkilledSeated = panel.stream().filter(DrawnMember::highSkilled).count();
        int leaving = java.util.stream.IntStream.range(0, panel.size())
                .filter(i -> !panel.get(i).highSkilled() || highSkilledSeated > 1).findFirst().orElseThrow();
        view.ask(panel.get(leaving));
        _click(view.replace);
        assertThat(view.reason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(view.reason, "与申报人同一项目组，回避");
        _click(view.replace);
        assertThat(_fetch(view.panel, 0, 5).get(leaving).expertId()).isEqualTo(firstAlternate);
        assertThat(_fetch(view.replacements, 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("与申报人同一项目组，回避"));

        _click(view.confirm);
        assertThat(view.status.getText()).startsWith("已由 secretary 于").endsWith("确认，评审组不再变更");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(((Button) _getCellComponent(view.panel, 0, "actions")).isEnabled()).isFalse();
        _click(view.replay);
        assertThat(view.replayOutcome.getText()).startsWith("重放一致");
        assertThat(view.summary.getText()).contains("ZC2026-000901, ZC2026-000902", "高技能人才组", "浙江海洋大学");
    }
}
