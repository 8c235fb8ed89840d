package org.talentbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentbridge.eligibility.TitleRequestBuilder.welder;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.eligibility.ApiClient.Answer;

/** {@code POST /api/screening/title} over real HTTP, rule by rule at the boundaries (PRODUCT.md T0-T4). */
class TitleScreeningApiTest extends IntegrationTest {

    private static final LocalDate REF = LocalDate.of(2026, 12, 31);
    private ApiClient api;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void client() {
        api = new ApiClient(url(""));
    }

    private JsonNode screen(TitleRequestBuilder request) throws Exception {
        Answer answer = api.post("/api/screening/title", request.build());
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private static List<String> rules(JsonNode answer) {
        List<String> rules = new ArrayList<>();
        answer.get("reasons").forEach(r -> rules.add(r.get("rule").asText()));
        return rules;
    }

    private static String messages(JsonNode answer) {
        StringBuilder s = new StringBuilder();
        answer.get("reasons").forEach(r -> s.append(r.get("message").asText()).append('\n'));
        return s.toString();
    }

    @Test
    void theBriefsExampleWithItsSeriesNamedIsEligibleForIntermediateByTheStandardRoute() throws Exception {
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2022, 6, 30))
                .work(LocalDate.of(2022, 7, 1), null, "焊工", true).award("ZHEJIANG_CRAFTSMAN"));
        assertThat(answer.get("eligible").asBoolean()).isTrue();
        assertThat(answer.get("maxLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(answer.get("route").asText()).isEqualTo("STANDARD"); // T2.2 and T3.1 tie: STANDARD
        assertThat(answer.get("series").asText()).isEqualTo("工程技术");
        assertThat(answer.get("needsSeriesDecision").asBoolean()).isFalse();
        assertThat(rules(answer)).contains("T2.2");
        assertThat(answer.get("rulesVersion").asText()).startsWith("ZJ2022-77/").contains("titleStandardRoute.v");
    }

    @ParameterizedTest(name = "{0}: {2} full years opens {3} on {4}, not the day before")
    @CsvSource({
            "T2.1, SENIOR_WORKER, 2, ASSISTANT",
            "T2.2, TECHNICIAN, 3, INTERMEDIATE",
            "T2.3, SENIOR_TECHNICIAN, 4, ASSOCIATE_SENIOR"})
    void standardRouteOpensOnTheDayTheYearsAreFullNotTheDayBefore(String rule, String level, int years, String opens)
            throws Exception {
        LocalDate certificate = LocalDate.of(2020, 6, 30);
        LocalDate dayOf = certificate.plusYears(years); // work from 2020-07-01: full on 2020+N-06-30
        JsonNode onTheDay = screen(welder(dayOf, opens).skill(level, "焊工", certificate)
                .work(LocalDate.of(2019, 1, 1), null, "焊工", true));
        assertThat(onTheDay.get("eligible").asBoolean()).as(messages(onTheDay)).isTrue();
        assertThat(onTheDay.get("maxLevel").asText()).isEqualTo(opens);
        assertThat(rules(onTheDay)).contains(rule);

        JsonNode dayBefore = screen(welder(dayOf.minusDays(1), opens).skill(level, "焊工", certificate)
                .work(LocalDate.of(2019, 1, 1), null, "焊工", true));
        assertThat(dayBefore.get("eligible").asBoolean()).isFalse();
        assertThat(dayBefore.get("maxLevel").isNull()).isTrue();
        assertThat(rules(dayBefore)).contains(rule, "T4");
        assertThat(messages(dayBefore)).contains("满 " + (years - 1) + " 年").contains("须满 " + years + " 年");
    }

    @ParameterizedTest(name = "T2.4: {0} working now opens SENIOR; work ending the day before the reference date does not")
    @CsvSource({"SPECIAL_TECHNICIAN", "CHIEF_TECHNICIAN"})
    void specialAndChiefTechniciansNeedToWorkInARelatedFieldNow(String level) throws Exception {
        JsonNode working = screen(welder(REF, "SENIOR").skill(level, "焊工", LocalDate.of(2025, 1, 1))
                .work(LocalDate.of(2010, 1, 1), REF, "电焊工", true).work(LocalDate.of(2010, 1, 1), null, "焊工", true));
        assertThat(working.get("eligible").asBoolean()).isTrue();
        assertThat(working.get("maxLevel").asText()).isEqualTo("SENIOR");
        assertThat(rules(working)).contains("T2.4");

        JsonNode stopped = screen(welder(REF, "SENIOR").skill(level, "焊工", LocalDate.of(2025, 1, 1))
                .work(LocalDate.of(2010, 1, 1), REF.minusDays(1), "焊工", true));
        assertThat(stopped.get("eligible").asBoolean()).isFalse();
        assertThat(rules(stopped)).contains("T2.4", "T4");
    }

    @ParameterizedTest(name = "T3: {0} opens {1} by the green channel ({2})")
    @CsvSource({
            "WORLDSKILLS_EXCELLENCE, INTERMEDIATE, T3.1", "PROVINCIAL_TECHNICAL_EXPERT, INTERMEDIATE, T3.1",
            "PROVINCIAL_MASTER_STUDIO_LEADER, INTERMEDIATE, T3.1", "ZHEJIANG_CRAFTSMAN, INTERMEDIATE, T3.1",
            "PROVINCIAL_TOP_SKILL_TALENT, INTERMEDIATE, T3.1",
            "WORLDSKILLS_SILVER, ASSOCIATE_SENIOR, T3.2", "WORLDSKILLS_BRONZE, ASSOCIATE_SENIOR, T3.2",
            "NATIONAL_TECHNICAL_EXPERT, ASSOCIATE_SENIOR, T3.2", "NATIONAL_MASTER_STUDIO_LEADER, ASSOCIATE_SENIOR, T3.2",
            "QIANJIANG_SKILL_AWARD, ASSOCIATE_SENIOR, T3.2", "ZHEJIANG_OUTSTANDING_CRAFTSMAN, ASSOCIATE_SENIOR, T3.2",
            "PROVINCIAL_OUTSTANDING_SKILL_TALENT, ASSOCIATE_SENIOR, T3.2",
            "WORLDSKILLS_GOLD, SENIOR, T3.3", "CHINA_SKILL_AWARD, SENIOR, T3.3", "STATE_COUNCIL_ALLOWANCE, SENIOR, T3.3",
            "NEW_ERA_ZHEJIANG_CRAFTSMAN, SENIOR, T3.3", "ZHEJIANG_GRAND_CRAFTSMAN, SENIOR, T3.3"})
    void everyAwardOpensItsLevelWithoutYears(String award, String level, String rule) throws Exception {
        JsonNode answer = screen(welder(REF, level).award(award));
        assertThat(answer.get("eligible").asBoolean()).isTrue();
        assertThat(answer.get("maxLevel").asText()).isEqualTo(level);
        assertThat(answer.get("route").asText()).isEqualTo("GREEN_CHANNEL");
        assertThat(rules(answer)).contains(rule);
    }

    @Test
    void aHigherAwardBeatsTheStandardRouteAndTheTargetMayStayBelowTheMaximum() throws Exception {
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 1), null, "焊工", true).award("WORLDSKILLS_SILVER"));
        assertThat(answer.get("maxLevel").asText()).isEqualTo("ASSOCIATE_SENIOR");
        assertThat(answer.get("route").asText()).isEqualTo("GREEN_CHANNEL");
        assertThat(answer.get("eligible").asBoolean()).isTrue();
    }

    @Test
    void aTargetAboveTheMaximumIsRefusedByT4() throws Exception {
        JsonNode answer = screen(welder(REF, "ASSOCIATE_SENIOR").skill("TECHNICIAN", "焊工", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 1), null, "焊工", true));
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(answer.get("maxLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(rules(answer)).contains("T4");
    }

    @ParameterizedTest(name = "T1: an assessment result of {0} counts: {1}")
    @CsvSource({"EXCELLENT, true", "QUALIFIED, true", "BASICALLY_QUALIFIED, false", "UNQUALIFIED, false"})
    void eachAssessmentResult(String result, boolean counts) throws Exception {
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").assessment(2024, result));
        assertThat(answer.get("eligible").asBoolean()).isEqualTo(counts);
        assertThat(rules(answer).contains("T1")).isEqualTo(!counts);
    }

    @Test
    void aMissingYearAndAYearOutsideTheWindowFailT1AndEveryUnmetConditionIsListed() throws Exception {
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").noAssessments()
                .assessment(2022, "EXCELLENT").assessment(2024, "QUALIFIED").assessment(2025, "UNQUALIFIED")
                .set("ethicsDeclaration", false));
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(rules(answer).stream().filter("T1"::equals).count()).isEqualTo(3); // ethics, 2023 missing, 2025
        assertThat(messages(answer)).contains("2023").contains("2025").contains("职业道德");
    }

    @Test
    void aTwoSeriesOccupationWithoutItsSeriesIsA400NamingTheField() throws Exception {
        Answer answer = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").set("series", null).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("series");
        assertThat(answer.body().get("errors").get(0).get("message").asText()).contains("工程技术 / 实验技术");

        Answer wrong = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").set("series", "工艺美术").build());
        assertThat(wrong.status()).isEqualTo(400);
        JsonNode other = screen(welder(REF, "INTERMEDIATE").set("series", "实验技术").award("ZHEJIANG_CRAFTSMAN"));
        assertThat(other.get("series").asText()).isEqualTo("实验技术");
    }

    @Test
    void aSingleSeriesOccupationNeedsNoSeries() throws Exception {
        JsonNode answer = screen(TitleRequestBuilder.of(REF, "家具设计师", null, "ASSISTANT").goodAssessments()
                .skill("SENIOR_WORKER", "家具设计师", LocalDate.of(2020, 1, 1)).work(LocalDate.of(2019, 1, 1), null, "家具设计师", true));
        assertThat(answer.get("series").asText()).isEqualTo("工艺美术（工业设计）");
        assertThat(answer.get("eligible").asBoolean()).isTrue();
    }

    @Test
    void aCertificateFromAnotherSeriesDoesNotCount() throws Exception {
        JsonNode answer = screen(welder(REF, "ASSISTANT").skill("SENIOR_WORKER", "家具设计师", LocalDate.of(2018, 1, 1))
                .work(LocalDate.of(2018, 1, 1), null, "焊工", true));
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(rules(answer)).contains("T2.1", "T4");
        assertThat(messages(answer)).contains("家具设计师").contains("不计入");
    }

    @Test
    void aRelatedOccupationOfTheSameSeriesCounts() throws Exception {
        // 电工 maps to 工程技术 too: a certificate and work in it count for a 焊工 application in 工程技术
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "电工", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 1), null, "电工", true));
        assertThat(answer.get("eligible").asBoolean()).isTrue();
    }

    @Test
    void anUnlistedOccupationNeedsASeriesDecisionAndCountsOnlyItsOwnCertificates() throws Exception {
        JsonNode own = screen(TitleRequestBuilder.of(REF, "元宇宙场景搭建员", null, "ASSISTANT").goodAssessments()
                .skill("SENIOR_WORKER", "元宇宙场景搭建员", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 1), null, "元宇宙场景搭建员", true));
        assertThat(own.get("needsSeriesDecision").asBoolean()).isTrue();
        assertThat(own.get("series").isNull()).isTrue();
        assertThat(own.get("eligible").asBoolean()).isTrue();
        assertThat(rules(own)).contains("T0");

        JsonNode other = screen(TitleRequestBuilder.of(REF, "元宇宙场景搭建员", null, "ASSISTANT").goodAssessments()
                .skill("SENIOR_WORKER", "焊工", LocalDate.of(2020, 1, 1)).work(LocalDate.of(2020, 1, 1), null, "焊工", true));
        assertThat(other.get("eligible").asBoolean()).isFalse();
    }

    @Test
    void overlappingPeriodsCountOnceAndGapsDoNotCount() throws Exception {
        // certificate 2023-12-31; 2024 worked twice over (two overlapping jobs), nothing in 2025, 2026 worked
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2023, 12, 31))
                .work(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "焊工", true)
                .work(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31), "电工", true)
                .work(LocalDate.of(2026, 1, 1), null, "焊工", true)
                .work(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "焊工", false));
        assertThat(messages(answer)).contains("满 2 年，申报");
        assertThat(answer.get("eligible").asBoolean()).isFalse();
    }

    @Test
    void touchingPeriodsAreContinuousWork_aJobChangeFromOneDayToTheNextLosesNoMonth() throws Exception {
        // certificate 2023-12-31; first job to 2024-06-15, the next from 2024-06-16: 36 months on 2026-12-31, T2.2 met
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2023, 12, 31))
                .work(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 15), "焊工", true)
                .work(LocalDate.of(2024, 6, 16), null, "焊工", true));
        assertThat(answer.get("eligible").asBoolean()).as(messages(answer)).isTrue();
        assertThat(answer.get("maxLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(messages(answer)).contains("满 3 年（须满 3 年）");

        JsonNode dayBefore = screen(welder(REF.minusDays(1), "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2023, 12, 31))
                .work(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 15), "焊工", true)
                .work(LocalDate.of(2024, 6, 16), null, "焊工", true));
        assertThat(dayBefore.get("eligible").asBoolean()).isFalse();
        assertThat(messages(dayBefore)).contains("满 2 年，申报中级须满 3 年");
    }

    @Test
    void aOneDayGapBetweenJobsIsNotContinuousWork_theBrokenMonthsAreLost() throws Exception {
        // the next job starts 2024-06-17: 2024-06-16 is not worked, 5 + 30 months, 2 full years on 2026-12-31
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2023, 12, 31))
                .work(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 15), "焊工", true)
                .work(LocalDate.of(2024, 6, 17), null, "焊工", true));
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(messages(answer)).contains("满 2 年，申报中级须满 3 年");
    }

    @Test
    void theBriefsCountingExampleGivesTwoYears() throws Exception {
        JsonNode answer = screen(welder(LocalDate.of(2025, 12, 31), "ASSISTANT")
                .skill("SENIOR_WORKER", "焊工", LocalDate.of(2023, 12, 31)).work(LocalDate.of(2024, 1, 1), null, "焊工", true));
        assertThat(answer.get("eligible").asBoolean()).isTrue();
        assertThat(messages(answer)).contains("满 2 年（须满 2 年）");
    }

    @Test
    void englishMessagesOnRequest() throws Exception {
        Answer answer = api.post("/api/screening/title", ApiClient.json(welder(REF, "SENIOR").award("ZHEJIANG_CRAFTSMAN").build()),
                null, "en");
        assertThat(answer.body().get("reasons").toString()).contains("exceeds the highest level open");
    }

    @Test
    void anIdNumberNeedsAnAuthenticatedCallerAndTheIntegrityFileIsConsultedWithoutDisclosingIt() throws Exception {
        String id = freshIdNumber();
        String body = ApiClient.json(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").set("idNumber", id).build());
        assertThat(api.post("/api/screening/title", body, null, "zh-CN").status()).isEqualTo(401);
        assertThat(api.post("/api/screening/title", body, "reviewer:wrong", "zh-CN").status()).isEqualTo(401);

        Answer clean = api.post("/api/screening/title", body, "reviewer:" + DEMO_PASSWORD, "zh-CN");
        assertThat(clean.body().get("eligible").asBoolean()).isTrue();

        jdbc.update("insert into tb.integrity_entry (id_number, person_name, finding, facts, active_from, active_until, recorded_by)"
                + " values (?, '某人', 'FRAUD', '伪造证书编号 S-123', ?, ?, 'integrity')", id, REF.minusYears(1), REF);
        Answer blocked = api.post("/api/screening/title", body, "reviewer:" + DEMO_PASSWORD, "zh-CN");
        assertThat(blocked.body().get("eligible").asBoolean()).isFalse();
        assertThat(rules(blocked.body())).contains("T1");
        assertThat(blocked.body().toString()).doesNotContain("伪造").doesNotContain("FRAUD");

        // the day after the entry expires, the person is eligible again
        String later = ApiClient.json(welder(REF.plusDays(1), "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").set("idNumber", id).build());
        assertThat(api.post("/api/screening/title", later, "reviewer:" + DEMO_PASSWORD, "zh-CN").body()
                .get("eligible").asBoolean()).isTrue();
    }

    @Test
    void technicalSkillWorkInAnyOccupationCountsForTheYearsButT24NeedsRelatedWorkNow() throws Exception {
        // policy text: 获得相关职业（工种）技师…后，从事技术技能工作满 3 年 - the certificate must be related, the work is any
        JsonNode years = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 2), null, "讲解员", true));
        assertThat(years.get("eligible").asBoolean()).isTrue();

        JsonNode notRelatedNow = screen(welder(REF, "SENIOR").skill("SPECIAL_TECHNICIAN", "焊工", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 2), null, "讲解员", true));
        assertThat(notRelatedNow.get("eligible").asBoolean()).isFalse();
        assertThat(rules(notRelatedNow)).contains("T2.4");

        JsonNode notTechnical = screen(welder(REF, "INTERMEDIATE").skill("TECHNICIAN", "焊工", LocalDate.of(2020, 1, 1))
                .work(LocalDate.of(2020, 1, 2), null, "焊工", false));
        assertThat(notTechnical.get("eligible").asBoolean()).isFalse();
    }

    @Test
    void theAssessmentWindowIsTheThreeYearsBeforeTheReferenceYear() throws Exception {
        // reference year 2026: 2023, 2024 and 2025 count; 2026 itself and 2022 do not stand in for a missing year
        JsonNode edges = screen(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").noAssessments()
                .assessment(2023, "QUALIFIED").assessment(2025, "EXCELLENT").assessment(2024, "QUALIFIED"));
        assertThat(edges.get("eligible").asBoolean()).isTrue();
        JsonNode shifted = screen(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").noAssessments()
                .assessment(2024, "QUALIFIED").assessment(2025, "QUALIFIED").assessment(2026, "EXCELLENT"));
        assertThat(shifted.get("eligible").asBoolean()).isFalse();
        assertThat(messages(shifted)).contains("2023");
    }

    @Test
    void aCertificateObtainedAfterTheReferenceDateDoesNotCount() throws Exception {
        JsonNode answer = screen(welder(REF, "ASSISTANT").skill("SENIOR_WORKER", "焊工", REF.plusDays(1))
                .work(LocalDate.of(2015, 1, 1), null, "焊工", true));
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(messages(answer)).contains("晚于评审基准日");
    }

    @Test
    void aDuplicateAwardCountsOnce() throws Exception {
        JsonNode answer = screen(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").award("ZHEJIANG_CRAFTSMAN"));
        assertThat(answer.get("eligible").asBoolean()).isTrue();
        assertThat(rules(answer).stream().filter("T3.1"::equals).count()).isEqualTo(1);
    }

    @Test
    void anApplicantMayScreenOnlyTheirOwnIdNumber() throws Exception {
        String own = accounts.findByUsername("wanghan").orElseThrow().idNumber();
        String mine = ApiClient.json(welder(REF, "INTERMEDIATE").award("ZHEJIANG_CRAFTSMAN").set("idNumber", own).build());
        assertThat(api.post("/api/screening/title", mine, "wanghan:" + DEMO_PASSWORD, "zh-CN").status()).isEqualTo(200);
        String someoneElse = ApiClient.json(welder(REF, "INTERMEDIATE").set("idNumber", freshIdNumber()).build());
        Answer refused = api.post("/api/screening/title", someoneElse, "wanghan:" + DEMO_PASSWORD, "zh-CN");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("message").asText()).isEqualTo("没有权限执行此操作");
    }

    @Test
    void nullsInsideListsImpossibleRangesBlankTextAndBadIdNumbersAreA400NamingTheField() throws Exception {
        java.util.Map<String, Object> withNull = welder(REF, "INTERMEDIATE").build();
        java.util.List<Object> skills = new ArrayList<>();
        skills.add(null);
        withNull.put("skillLevels", skills);
        assertThat(firstField(api.post("/api/screening/title", withNull))).isEqualTo("skillLevels[0]");
        assertThat(firstField(api.post("/api/screening/title", welder(REF, "INTERMEDIATE")
                .set("referenceDate", "+999999999-12-31").build()))).isEqualTo("referenceDate");
        assertThat(firstField(api.post("/api/screening/title", welder(REF, "INTERMEDIATE")
                .set("referenceDate", "0001-01-01").build()))).isEqualTo("referenceDate");
        assertThat(firstField(api.post("/api/screening/title", welder(REF, "INTERMEDIATE")
                .set("occupation", "\u3000 ").build()))).isEqualTo("occupation");
        assertThat(firstField(api.post("/api/screening/title", welder(REF, "INTERMEDIATE")
                .set("idNumber", "110105194912310021").build()))).isEqualTo("idNumber");
        assertThat(firstField(api.post("/api/screening/title", welder(REF, "INTERMEDIATE")
                .assessment(2020, "QUALIFIED").build().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> e.getKey().equals("ethicsDeclaration") ? (Object) 1
                                : e.getValue() == null ? "" : e.getValue()))))).isEqualTo("ethicsDeclaration");
        String floatYear = ApiClient.json(welder(REF, "INTERMEDIATE").build()).replace("\"year\":2023", "\"year\":2023.7");
        assertThat(firstField(api.post("/api/screening/title", floatYear, null, "zh-CN"))).isEqualTo("annualAssessments[0].year");
    }

    @Test
    void fieldNamesAreInTheCallersLanguage() throws Exception {
        Answer english = api.post("/api/screening/title", ApiClient.json(welder(REF, "INTERMEDIATE").without("referenceDate")
                .set("workPeriods", "x").build()), null, "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body().get("errors").get(0).get("message").asText()).startsWith("Work periods:");
        Answer chinese = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").without("referenceDate").build());
        assertThat(chinese.body().get("errors").get(0).get("message").asText()).isEqualTo("评审基准日: 此项为必填项");
    }

    private static String firstField(Answer answer) {
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(400);
        return answer.body().get("errors").get(0).get("field").asText();
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        Answer answer = api.post("/api/screening/title", "{\"referenceDate\": ", null, "zh-CN");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheField() throws Exception {
        Answer answer = api.post("/api/screening/title", welder(REF, "GRANDMASTER").build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("targetLevel");
        Answer nested = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").skill("WIZARD", "焊工", REF).build());
        assertThat(nested.body().get("errors").get(0).get("field").asText()).isEqualTo("skillLevels[0].level");
    }

    @Test
    void anImpossibleDateIsA400NamingTheField() throws Exception {
        Answer answer = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").set("referenceDate", "2026-02-30").build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("referenceDate");
    }

    @Test
    void aWrongTypeIsA400NamingTheField() throws Exception {
        Answer answer = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").set("annualAssessments", "many").build());
        assertThat(firstField(answer)).isEqualTo("annualAssessments");
        Answer flag = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").set("ethicsDeclaration", "perhaps").build());
        assertThat(firstField(flag)).isEqualTo("ethicsDeclaration");
    }

    @Test
    void missingFieldsAreA400NamingEachField() throws Exception {
        Answer answer = api.post("/api/screening/title", welder(REF, "INTERMEDIATE").without("referenceDate")
                .without("ethicsDeclaration").work(REF, null, "", true).build());
        assertThat(answer.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("ethicsDeclaration", "referenceDate", "workPeriods[0].occupation");
        assertThat(answer.body().get("errors").toString()).contains("此项为必填项");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsA400() throws Exception {
        Answer answer = api.post("/api/screening/title", welder(REF, "INTERMEDIATE")
                .work(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1), "焊工", true).build());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("workPeriods[0].to");
    }
}
