package org.talentbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.rules.PolicyChanges;
import org.talentbridge.rules.RegressionGate;
import org.talentbridge.rules.RulesVersionService;
import org.talentbridge.rules.RulesVersionView;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * A policy officer changes a table (issue 18): it decides only as an activated version from its effective date, and
 * every result names the version that decided it. A table redeployed to the engine no longer changes any case.
 */
class DecisionTableChangeTest extends IntegrationTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private DecisionTables tables;
    @Autowired
    private TitleScreening screening;
    @Autowired
    private RulesVersionService versions;
    @Autowired
    private RegressionGate gate;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneId.systemDefault()).plusHours(12).toInstant(), ZoneId.systemDefault());
    }

    @AfterEach
    void realTime() {
        tables.useClock(Clock.systemDefaultZone());
    }

    @Test
    void aTableRedeployedToTheEngineDecidesNothing() {
        String changed = PolicyChanges.technicianAfterTwoYears().get("title-standard-route.dmn");
        repository.createDeployment().name("policy change behind the versions' back")
                .addString("title-standard-route.dmn", changed).deploy();
        tables.refresh();
        TitleScreeningResult after = screening.screen(TitleRequestBuilderJava.technicianWithTwoYears(LocalDate.of(2026, 12, 31)));
        assertThat(after.eligible()).isFalse();
        assertThat(after.rulesVersion()).startsWith("ZJ2022-77/").contains("titleStandardRoute.v1");
        repository.createDeployment().name("policy restored")
                .addString("title-standard-route.dmn", PolicyChanges.shipped("title-standard-route.dmn")).deploy();
    }

    @Test
    void theShippedTablesAreInForceOnTheDayTheMeasuresTookEffectAndBefore() {
        assertThat(tables.inForceOn(LocalDate.of(2022, 12, 17)).name()).isEqualTo("ZJ2022-77");
        assertThat(tables.inForceOn(LocalDate.of(2022, 12, 16)).name()).isEqualTo("ZJ2022-77"); // the earliest version
        assertThat(versions.versions(false)).anySatisfy(v -> {
            assertThat(v.name()).isEqualTo("ZJ2022-77");
            assertThat(v.state()).isEqualTo(RulesVersionView.State.ACTIVE);
            assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2022, 12, 17));
            assertThat(v.tables()).hasSize(5);
        });
    }

    @Test
    void aVersionActivatedForALaterDateDecidesFromThatDayNotTheDayBefore() {
        AccountView admin = newAccount("policy", Role.ADMIN);
        String name = PolicyChanges.name("T22-two-years");
        LocalDate effective = LocalDate.of(2090, 3, 1);
        tables.useClock(on(LocalDate.of(2090, 1, 10)));
        String previous = tables.inForce().name();
        as(admin, () -> {
            versions.upload(name, "T2.2: 2 years", PolicyChanges.technicianAfterTwoYears());
            gate.acknowledge(name, Set.of("T2.2-one-day-short", "T2.2-two-years"), gate.run(name).version() + " reviewed");
            return versions.activate(name, effective);
        });
        assertThat(versions.version(name, true).orElseThrow().state()).isEqualTo(RulesVersionView.State.SCHEDULED);
        assertThat(versions.version(name, false)).isEmpty(); // the public sees it once it is in force

        // before the effective date nothing changes, whatever the reference date
        TitleScreeningResult scheduled = screening.screen(TitleRequestBuilderJava.technicianWithTwoYears(effective.plusMonths(3)));
        assertThat(scheduled.eligible()).isFalse();
        assertThat(scheduled.rulesVersion()).startsWith(previous + "/");

        tables.useClock(on(LocalDate.of(2090, 6, 1)));
        TitleScreeningResult dayBefore = screening.screen(TitleRequestBuilderJava.technicianWithTwoYears(effective.minusDays(1)));
        TitleScreeningResult dayOf = screening.screen(TitleRequestBuilderJava.technicianWithTwoYears(effective));
        assertThat(dayBefore.eligible()).isFalse();
        assertThat(dayBefore.rulesVersion()).startsWith(previous + "/");
        assertThat(dayOf.eligible()).isTrue();
        assertThat(dayOf.maxLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(dayOf.rulesVersion()).startsWith(name + "/").doesNotContain("titleStandardRoute.v1+");
        assertThat(dayOf.decisions()).anySatisfy(d -> {
            assertThat(d.key()).isEqualTo(DecisionTables.TITLE_STANDARD_ROUTE);
            assertThat(d.version()).isGreaterThan(1);
        });
        assertThat(versions.version(name, false).orElseThrow().state()).isEqualTo(RulesVersionView.State.ACTIVE);
        assertThat(versions.version(previous, false).orElseThrow().state()).isEqualTo(RulesVersionView.State.SUPERSEDED);

        // a round pinned to the older version keeps it; an unpinned round follows the dates
        as(admin, () -> {
            versions.pin(990_001L, previous);
            return null;
        });
        TitleScreeningResult pinned = screening.screenForRound(TitleRequestBuilderJava.technicianWithTwoYears(effective), 990_001L);
        assertThat(pinned.eligible()).isFalse();
        assertThat(pinned.rulesVersion()).startsWith(previous + "/");
        assertThat(screening.screenForRound(TitleRequestBuilderJava.technicianWithTwoYears(effective), 990_002L).eligible()).isTrue();

        tables.useClock(Clock.systemDefaultZone()); // today: the shipped version again for every other test
        assertThat(screening.screen(TitleRequestBuilderJava.technicianWithTwoYears(LocalDate.of(2026, 12, 31))).eligible()).isFalse();
    }
}
