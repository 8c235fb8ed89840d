package org.talentbridge.rules.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentbridge.KaribuTest;
import org.talentbridge.account.Role;
import org.talentbridge.rules.PolicyChanges;
import org.talentbridge.rules.RegressionGate;
import org.talentbridge.rules.RulesVersionService;
import org.talentbridge.rules.RulesVersionView;
import org.talentbridge.rules.WhatIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;

/** The policy office's screen: upload a changed table, see the changed policy cases, acknowledge, activate. */
class RulesViewTest extends KaribuTest {

    @Autowired
    private RulesVersionService versions;
    @Autowired
    private RoundService rounds;

    @Test
    void anAdministratorUploadsADraftRunsTheGateAcknowledgesAndActivatesItFromALaterDate() throws Exception {
        openAs(newAccount("uirules", Role.ADMIN));
        navigate("admin/rules");
        RulesView view = _get(RulesView.class);
        assertThat(_fetch(view.versions, 0, 100)).extracting(RulesVersionView::name).contains("ZJ2022-77");

        // a broken table: the reason beside the upload
        String name = PolicyChanges.name("uiT22");
        _setValue(view.name, name);
        view.uploaded.put("title-standard-route.dmn", PolicyChanges.shipped("title-standard-route.dmn")
                .replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\""));
        _click(view.createDraft);
        assertThat(view.files.isInvalid()).isTrue();
        assertThat(view.files.getErrorMessage()).contains("titleStandardRoute").contains("COLLECT").contains("UNIQUE");

        view.uploaded.clear();
        view.uploaded.putAll(PolicyChanges.technicianAfterTwoYears());
        _click(view.createDraft);
        assertThat(view.details.isVisible()).isTrue();
        assertThat(view.selectedTitle.getText()).contains(name).contains("草稿");
        assertThat(_size(view.diff)).isEqualTo(1);

        _click(view.runGate);
        assertThat(_fetch(view.gate, 0, 100)).extracting(RegressionGate.Change::caseId)
                .containsExactlyInAnyOrder("T2.2-one-day-short", "T2.2-two-years");
        _setValue(view.effectiveFrom, LocalDate.of(2093, 1, 1));
        _click(view.activate);
        assertThat(view.reason.isInvalid()).isTrue(); // not acknowledged yet

        // what-if over every open case: in the background, with progress, nothing written
        _click(view.whatIfPanel.start);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!view.whatIfPanel.finished() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            view.whatIfPanel.refresh();
        }
        view.whatIfPanel.refresh();
        assertThat(view.whatIfPanel.finished()).isTrue();
        assertThat(view.whatIfPanel.export.isEnabled()).isTrue();
        assertThat(view.whatIfPanel.summary.getText()).startsWith("已筛查");
        // the stored report, in the history: who, when, over which cases, the counts; opened again and exported
        assertThat(_fetch(view.whatIfPanel.reports, 0, 100)).singleElement().satisfies(r -> {
            assertThat(r.roundId()).isNull();
            assertThat(r.runBy()).startsWith("uirules");
        });
        assertThat(view.rescreen.isVisible()).isFalse(); // a draft re-screens nothing
        view.versions.select(_fetch(view.versions, 0, 100).stream().filter(v -> v.name().equals("ZJ2022-77")).findFirst().orElseThrow());
        view.versions.select(_fetch(view.versions, 0, 100).stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow());
        assertThat(view.whatIfPanel.export.isEnabled()).isFalse();
        WhatIf.Report report = _fetch(view.whatIfPanel.reports, 0, 100).get(0);
        view.whatIfPanel.open(report);
        assertThat(view.whatIfPanel.export.isEnabled()).isTrue();
        assertThat(view.whatIfPanel.summary.getText()).contains(report.runBy()).contains(String.valueOf(report.screened()));
        assertThat(_size(view.whatIfPanel.changed)).isEqualTo(report.changed());

        _setValue(view.reason, "技师年限调整为 2 年");
        _click(view.acknowledge);
        assertThat(view.reason.isInvalid()).isTrue(); // no case ticked
        _fetch(view.gate, 0, 100).forEach(view.gate::select); // all of them
        _click(view.acknowledge);
        assertThat(view.gateSummary.getText()).contains("技师年限调整为 2 年");

        _click(view.activate);
        assertThat(_fetch(view.versions, 0, 100)).filteredOn(v -> v.name().equals(name))
                .extracting(RulesVersionView::state).containsExactly(RulesVersionView.State.SCHEDULED);
    }

    @Test
    void anAdministratorPinsARoundToAnActivatedVersion() {
        openAs(newAccount("uirulespin", Role.ADMIN));
        navigate("admin/rules");
        RulesView view = _get(RulesView.class);
        RulesVersionView shipped = _fetch(view.versions, 0, 100).stream().filter(v -> v.name().equals("ZJ2022-77")).findFirst().orElseThrow();
        view.versions.select(shipped);
        assertThat(view.pin.isVisible()).isTrue();
        assertThat(view.whatIfPanel.start.isVisible()).isFalse();
        _click(view.pin);
        assertThat(view.pinRound.isInvalid()).isTrue(); // no round chosen
        RoundView round = rounds.all().get(0);
        _setValue(view.pinRound, round);
        _click(view.pin);
        assertThat(view.pinRound.isInvalid()).isFalse();
        assertThat(versions.pinnedVersion(round.id())).contains("ZJ2022-77");
    }

    @Test
    void theActiveVersionOffersTheReScreeningOfAChosenSetWithFieldErrors() {
        openAs(newAccount("uirescreen", Role.ADMIN));
        navigate("admin/rules");
        RulesView view = _get(RulesView.class);
        view.versions.select(_fetch(view.versions, 0, 100).stream().filter(v -> v.name().equals("ZJ2022-77")).findFirst().orElseThrow());
        assertThat(view.rescreen.isVisible()).isTrue();
        _click(view.rescreen);
        assertThat(view.rescreenCases.isInvalid()).isTrue(); // no case numbers
        _setValue(view.rescreenCases, "ZC1999-999998");
        _setValue(view.rescreenReason, "复核");
        _click(view.rescreen);
        assertThat(view.rescreenCases.getErrorMessage()).contains("ZC1999-999998");
        assertThat(view.rescreened.isVisible()).isFalse();
    }

    @Test
    void reviewersAndApplicantsCannotOpenTheRules() {
        openAs(newAccount("uinorules", Role.REVIEWER));
        assertNavigationDenied("admin/rules", RulesView.class);
        openAs(newAccount("uinorulesa", Role.APPLICANT));
        assertNavigationDenied("admin/rules", RulesView.class);
    }
}
