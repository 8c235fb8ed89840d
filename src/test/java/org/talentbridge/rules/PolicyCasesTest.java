package org.talentbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.eligibility.DecisionTables;

/** The policy cases of the regression gate are right: each gets its expected answer under the shipped tables. */
class PolicyCasesTest extends IntegrationTest {

    @Autowired
    private PolicyCases cases;
    @Autowired
    private DecisionTables tables;

    @Test
    void everyPolicyCaseGetsItsExpectedAnswerUnderTheShippedTables() {
        DecisionTables.InForce shipped = tables.named("ZJ2022-77", false);
        assertThat(cases.all()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(cases.all()).extracting(PolicyCases.PolicyCase::id).doesNotHaveDuplicates();
        assertThat(cases.all()).allSatisfy(c ->
                assertThat(cases.answer(c, shipped)).as(c.id() + " " + c.description()).isEqualTo(c.expected()));
    }
}
