package org.talentbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.shared.policy.TitleLevel;

/** A policy officer changes a DMN table and redeploys it: the outcome changes, no Java changes, new version recorded. */
class DecisionTableChangeTest extends IntegrationTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private DecisionTables tables;
    @Autowired
    private TitleScreening screening;

    private String original;

    private TitleScreeningResult technicianWithTwoYears() {
        LocalDate ref = LocalDate.of(2026, 12, 31);
        return screening.screen(TitleRequestBuilderJava.technicianWithTwoYears(ref));
    }

    private void deploy(String dmn) {
        repository.createDeployment().name("policy change").addString("title-standard-route.dmn", dmn).deploy();
        tables.refresh();
    }

    @Test
    void loweringTheYearsForTechniciansInTheTableOpensIntermediateAfterTwoYears() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/processes/title-standard-route.dmn")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TitleScreeningResult before = technicianWithTwoYears();
        assertThat(before.eligible()).isFalse();
        String versionBefore = before.rulesVersion();

        String changed = original.replace("<outputEntry id=\"Rule_T2_2_out1\"><text>3</text></outputEntry>",
                "<outputEntry id=\"Rule_T2_2_out1\"><text>2</text></outputEntry>");
        assertThat(changed).isNotEqualTo(original);
        deploy(changed);

        TitleScreeningResult after = technicianWithTwoYears();
        assertThat(after.eligible()).isTrue();
        assertThat(after.maxLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
        assertThat(after.rulesVersion()).isNotEqualTo(versionBefore);
        assertThat(after.decisions()).anySatisfy(d -> {
            assertThat(d.key()).isEqualTo(DecisionTables.TITLE_STANDARD_ROUTE);
            assertThat(d.version()).isGreaterThan(1);
        });
    }

    @AfterEach
    void restoreThePolicy() {
        if (original != null) {
            deploy(original);
            assertThat(technicianWithTwoYears().eligible()).isFalse();
        }
    }
}
