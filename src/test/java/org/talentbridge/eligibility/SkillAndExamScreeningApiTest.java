package org.talentbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentbridge.IntegrationTest;
import org.talentbridge.eligibility.ApiClient.Answer;

/** {@code POST /api/screening/skill} (S1-S4) and {@code /exam-equivalence} (Q) over real HTTP. */
@SuppressWarnings("unchecked")
class SkillAndExamScreeningApiTest extends IntegrationTest {

    private static final LocalDate REF = LocalDate.of(2026, 6, 30);
    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(url(""));
    }

    private static Map<String, Object> skillRequest(String target, LocalDate ref) {
        Map<String, Object> body = new HashMap<>();
        body.put("referenceDate", ref.toString());
        body.put("targetLevel", target);
        body.put("occupation", "电工");
        body.put("titles", new ArrayList<>());
        body.put("skillLevels", new ArrayList<>());
        body.put("workPeriods", new ArrayList<>(List.of(Map.of("from", "2015-01-01", "occupation", "电工", "technicalSkillWork", true))));
        body.put("relatedMajorDegree", false);
        body.put("employerAccredited", false);
        body.put("accessTypeQualification", false);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withTitle(Map<String, Object> body, String level) {
        ((List<Object>) body.get("titles")).add(Map.of("level", level, "series", "工程技术", "obtainedOn", "2020-12-25"));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withSkill(Map<String, Object> body, String level, LocalDate obtainedOn) {
        ((List<Object>) body.get("skillLevels")).add(Map.of("level", level, "occupation", "电工", "obtainedOn", obtainedOn.toString()));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withSkill(Map<String, Object> body, String level, String occupation, LocalDate obtainedOn,
                                                 String certificateNumber) {
        Map<String, Object> held = new HashMap<>(Map.of("level", level, "occupation", occupation, "obtainedOn", obtainedOn.toString()));
        if (certificateNumber != null) {
            held.put("certificateNumber", certificateNumber);
        }
        ((List<Object>) body.get("skillLevels")).add(held);
        return body;
    }

    private static List<JsonNode> reasonsOf(JsonNode answer, String rule) {
        List<JsonNode> found = new ArrayList<>();
        answer.get("reasons").forEach(r -> {
            if (r.get("rule").asText().equals(rule)) {
                found.add(r);
            }
        });
        return found;
    }

    private JsonNode skill(Map<String, Object> body) throws Exception {
        Answer answer = api.post("/api/screening/skill", body);
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        return answer.body();
    }

    private static String rulesAndMessages(JsonNode answer) {
        return answer.get("reasons").toString();
    }

    @ParameterizedTest(name = "S1: a {0} title opens {1}, not {2}")
    @CsvSource({"ASSISTANT, SENIOR_WORKER, TECHNICIAN", "INTERMEDIATE, TECHNICIAN, SENIOR_TECHNICIAN",
            "ASSOCIATE_SENIOR, SENIOR_TECHNICIAN, SPECIAL_TECHNICIAN", "SENIOR, SPECIAL_TECHNICIAN, CHIEF_TECHNICIAN"})
    void eachTitleOpensItsSkillLevel(String title, String opens, String above) throws Exception {
        JsonNode answer = skill(withTitle(skillRequest(opens, REF), title));
        assertThat(answer.get("eligible").asBoolean()).isTrue();
        assertThat(answer.get("highestLevel").asText()).isEqualTo(opens);
        assertThat(skill(withTitle(skillRequest(above, REF), title)).get("eligible").asBoolean()).isFalse();
    }

    @Test
    void s1RequiresWorkInTheOccupationOrARelatedOne() throws Exception {
        Map<String, Object> body = withTitle(skillRequest("TECHNICIAN", REF), "INTERMEDIATE");
        body.put("workPeriods", List.of(Map.of("from", "2015-01-01", "to", "2026-06-29", "occupation", "电工", "technicalSkillWork", true)));
        JsonNode answer = skill(body);
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(rulesAndMessages(answer)).contains("\"S1\"").contains("未从事");
    }

    @Test
    void s2PromotionOpensOneFullYearAfterTheLevelCountedToTheDay() throws Exception {
        LocalDate obtained = LocalDate.of(2025, 6, 30);
        JsonNode dayBefore = skill(withSkill(skillRequest("SENIOR_TECHNICIAN", obtained.plusYears(1).minusDays(1)), "TECHNICIAN", obtained));
        assertThat(dayBefore.get("eligible").asBoolean()).isFalse();
        assertThat(rulesAndMessages(dayBefore)).contains("\"S2\"").contains("2026-06-30");

        JsonNode dayOf = skill(withSkill(skillRequest("SENIOR_TECHNICIAN", obtained.plusYears(1)), "TECHNICIAN", obtained));
        assertThat(dayOf.get("eligible").asBoolean()).isTrue();
        assertThat(dayOf.get("highestLevel").asText()).isEqualTo("SENIOR_TECHNICIAN");
    }

    @Test
    void chiefTechnicianRequiresSpecialTechnicianFirst() throws Exception {
        JsonNode withoutSpecial = skill(withTitle(skillRequest("CHIEF_TECHNICIAN", REF), "SENIOR"));
        assertThat(withoutSpecial.get("eligible").asBoolean()).isFalse();
        assertThat(rulesAndMessages(withoutSpecial)).contains("须先取得特级技师");

        JsonNode withSpecial = skill(withSkill(skillRequest("CHIEF_TECHNICIAN", REF), "SPECIAL_TECHNICIAN", LocalDate.of(2024, 1, 1)));
        assertThat(withSpecial.get("eligible").asBoolean()).isTrue();
        assertThat(withSpecial.get("highestLevel").asText()).isEqualTo("CHIEF_TECHNICIAN");
    }

    @Test
    void aTitleOfASeriesTheOccupationDoesNotMapToDoesNotCount() throws Exception {
        Map<String, Object> body = skillRequest("TECHNICIAN", REF);
        ((List<Object>) body.get("titles")).add(Map.of("level", "INTERMEDIATE", "series", "群众文化", "obtainedOn", "2020-12-25"));
        JsonNode answer = skill(body);
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(rulesAndMessages(answer)).contains("群众文化").contains("不计入");
    }

    @Test
    void chiefTechnicianWithSpecialTechnicianLessThanAYearOldWaitsForS2() throws Exception {
        LocalDate special = REF.minusYears(1).plusDays(1);
        JsonNode answer = skill(withSkill(skillRequest("CHIEF_TECHNICIAN", REF), "SPECIAL_TECHNICIAN", special));
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(rulesAndMessages(answer)).contains("\"S2\"").contains(special.plusYears(1).toString());
    }

    @ParameterizedTest(name = "S2: holding {0} in 电工 refuses applying for {1} in 电工, naming the certificate")
    @CsvSource({"TECHNICIAN, TECHNICIAN", "TECHNICIAN, SENIOR_WORKER", "SENIOR_TECHNICIAN, TECHNICIAN",
            "SPECIAL_TECHNICIAN, SPECIAL_TECHNICIAN"})
    void aLevelAlreadyHeldInTheSameOccupationIsRefusedNamingTheCertificate(String held, String target) throws Exception {
        // the title alone would open the target (S1): the level held refuses it all the same
        Map<String, Object> body = withSkill(withTitle(skillRequest(target, REF), "SENIOR"), held, "电工", LocalDate.of(2024, 6, 30),
                "S330900202406300099");
        JsonNode answer = skill(body);
        assertThat(answer.get("eligible").asBoolean()).isFalse();
        assertThat(reasonsOf(answer, "S2")).anySatisfy(r -> assertThat(r.get("message").asText())
                .contains("已持有").contains("S330900202406300099").contains("电工").contains("不得重复申报"));
    }

    @Test
    void theLevelJustAboveTheOneHeldIsNotRefusedAsHeld_andTheSameLevelInAnotherOccupationBlocksNothing() throws Exception {
        // 技师 in 电工 for two years: 高级技师 in 电工 is a promotion (S2), not a level held
        JsonNode above = skill(withSkill(skillRequest("SENIOR_TECHNICIAN", REF), "TECHNICIAN", "电工", LocalDate.of(2024, 6, 30),
                "S330900202406300099"));
        assertThat(above.get("eligible").asBoolean()).as(rulesAndMessages(above)).isTrue();
        assertThat(rulesAndMessages(above)).doesNotContain("已持有");

        // 技师 in 焊工 and an intermediate title: 技师 in 电工 is a new occupation, open through the title (S1)
        JsonNode otherOccupation = skill(withSkill(withTitle(skillRequest("TECHNICIAN", REF), "INTERMEDIATE"), "TECHNICIAN", "焊工",
                LocalDate.of(2024, 6, 30), "S330900202406300098"));
        assertThat(otherOccupation.get("eligible").asBoolean()).as(rulesAndMessages(otherOccupation)).isTrue();
        assertThat(rulesAndMessages(otherOccupation)).doesNotContain("已持有");
    }

    @Test
    void aLevelHeldWithoutACertificateNumberIsRefusedNamingLevelOccupationAndDate_inEnglishToo() throws Exception {
        Map<String, Object> body = withSkill(withTitle(skillRequest("TECHNICIAN", REF), "INTERMEDIATE"), "TECHNICIAN", "电工",
                LocalDate.of(2024, 6, 30), null);
        JsonNode chinese = skill(body);
        assertThat(chinese.get("eligible").asBoolean()).isFalse();
        assertThat(reasonsOf(chinese, "S2")).anySatisfy(r -> assertThat(r.get("message").asText())
                .startsWith("已持有技师（电工，2024-06-30取得）"));

        Answer english = api.post("/api/screening/skill", ApiClient.json(body), null, "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body().get("reasons").toString()).contains("Already holds");
    }

    @ParameterizedTest(name = "S2: a technician in {0} opens no senior technician in 电工")
    @CsvSource({"焊工", "保安员"})
    void promotionIsInTheSameOccupation_aLevelInAnotherOccupationOpensNothing(String otherOccupation) throws Exception {
        LocalDate twoYearsAgo = REF.minusYears(2);
        JsonNode other = skill(withSkill(skillRequest("SENIOR_TECHNICIAN", REF), "TECHNICIAN", otherOccupation, twoYearsAgo, null));
        assertThat(other.get("eligible").asBoolean()).isFalse();
        assertThat(other.get("highestLevel").isNull()).isTrue();
        assertThat(reasonsOf(other, "S2")).singleElement().satisfies(r -> assertThat(r.get("message").asText())
                .contains(otherOccupation).contains("不是同一职业（工种）"));

        JsonNode same = skill(withSkill(skillRequest("SENIOR_TECHNICIAN", REF), "TECHNICIAN", "电工", twoYearsAgo, null));
        assertThat(same.get("eligible").asBoolean()).isTrue();
        assertThat(same.get("highestLevel").asText()).isEqualTo("SENIOR_TECHNICIAN");
    }

    @Test
    void chiefTechnicianNeedsSpecialTechnicianInTheSameOccupation() throws Exception {
        LocalDate twoYearsAgo = REF.minusYears(2);
        JsonNode other = skill(withSkill(withTitle(skillRequest("CHIEF_TECHNICIAN", REF), "SENIOR"), "SPECIAL_TECHNICIAN", "焊工",
                twoYearsAgo, null));
        assertThat(other.get("eligible").asBoolean()).isFalse();
        assertThat(rulesAndMessages(other)).contains("须先取得特级技师");

        JsonNode same = skill(withSkill(withTitle(skillRequest("CHIEF_TECHNICIAN", REF), "SENIOR"), "SPECIAL_TECHNICIAN", "电工",
                twoYearsAgo, null));
        assertThat(same.get("eligible").asBoolean()).as(rulesAndMessages(same)).isTrue();
    }

    @Test
    void s3ARelatedMajorDegreeExemptsFromTheTheoryExamOnly() throws Exception {
        Map<String, Object> body = withTitle(skillRequest("TECHNICIAN", REF), "INTERMEDIATE");
        assertThat(skill(body).get("theoryExamExempt").asBoolean()).isFalse();
        body.put("relatedMajorDegree", true);
        JsonNode exempt = skill(body);
        assertThat(exempt.get("theoryExamExempt").asBoolean()).isTrue();
        assertThat(rulesAndMessages(exempt)).contains("\"S3\"").contains("操作技能考核");
    }

    @ParameterizedTest(name = "S4: accredited employer {0}, access-type {1} -> {2}")
    @CsvSource(delimiter = ';', value = {"false; false; [\"SOCIAL_ORGANISATION\"]",
            "true; false; [\"EMPLOYER\",\"SOCIAL_ORGANISATION\"]",
            "true; true; [\"REGISTERED_APPRAISAL_INSTITUTION\"]", "false; true; [\"REGISTERED_APPRAISAL_INSTITUTION\"]"})
    void s4Channels(boolean accredited, boolean accessType, String channels) throws Exception {
        Map<String, Object> body = withTitle(skillRequest("TECHNICIAN", REF), "INTERMEDIATE");
        body.put("employerAccredited", accredited);
        body.put("accessTypeQualification", accessType);
        assertThat(skill(body).get("channels").toString()).isEqualTo(channels);
    }

    @Test
    void skillScreeningRefusesBadInputNamingTheField() throws Exception {
        Map<String, Object> body = skillRequest("TECHNICIAN", REF);
        body.put("targetLevel", "APPRENTICE");
        Answer answer = api.post("/api/screening/skill", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("targetLevel");

        Map<String, Object> missing = skillRequest("TECHNICIAN", REF);
        missing.remove("relatedMajorDegree");
        Answer named = api.post("/api/screening/skill", missing);
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.body().get("errors").get(0).get("field").asText()).isEqualTo("relatedMajorDegree");
        assertThat(named.body().get("errors").get(0).get("message").asText()).isEqualTo("相关专业毕业证书: 此项为必填项");
    }

    @ParameterizedTest(name = "Q: {0} counts as {1}")
    @CsvSource({"INTERMEDIATE_WORKER_CLASS, SECONDARY_VOCATIONAL", "SENIOR_WORKER_CLASS, JUNIOR_COLLEGE",
            "PRE_TECHNICIAN_CLASS, BACHELOR"})
    void eachSchoolClassCountsAsItsEducationLevel(String schoolClass, String education) throws Exception {
        for (String exam : List.of("ECONOMICS", "ACCOUNTING", "STATISTICS", "AUDIT", "TRANSLATION", "PUBLISHING", "TELECOM",
                "computer_technology")) {
            Answer answer = api.post("/api/screening/exam-equivalence", Map.of("technicalSchoolClass", schoolClass, "examField", exam));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("applies").asBoolean()).as(exam).isTrue();
            assertThat(answer.body().get("educationLevel").asText()).isEqualTo(education);
            assertThat(answer.body().get("reasons").get(0).get("rule").asText()).isEqualTo("Q");
        }
    }

    @Test
    void anExamOutsideTheListedFieldsGetsAReasonNotAnError() throws Exception {
        Answer answer = api.post("/api/screening/exam-equivalence", Map.of("technicalSchoolClass", "SENIOR_WORKER_CLASS", "examField", "LAW"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("applies").asBoolean()).isFalse();
        assertThat(answer.body().get("educationLevel").isNull()).isTrue();
        assertThat(answer.body().get("reasons").get(0).get("message").asText()).contains("LAW").contains("会计");
    }

    @Test
    void anExamFieldThatIsNoCodeIsRefusedAndUnmatchedExamsAreNotRemembered() throws Exception {
        Answer answer = api.post("/api/screening/exam-equivalence", Map.of("technicalSchoolClass", "SENIOR_WORKER_CLASS",
                "examField", "x".repeat(500)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("examField");
    }

    @Test
    void examEquivalenceRefusesAnUnknownClass() throws Exception {
        Answer answer = api.post("/api/screening/exam-equivalence", Map.of("technicalSchoolClass", "NIGHT_CLASS", "examField", "AUDIT"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("technicalSchoolClass");
    }
}
