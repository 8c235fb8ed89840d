package org.talentbridge.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbridge.account.AccountView;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.api.HttpApi.Answer;

/** {@code /api/cases} over real HTTP: submission by the applicant, reading where a case stands, who may read what. */
class CaseApiTest extends CaseApiTestSupport {

    @Test
    void anApplicantSubmitsFromTheirProfileAndGets201WithTheCaseAndItsLocation() throws Exception {
        AccountView applicant = applicant();

        Answer created = api.post("/api/cases", applicant.username(), WELDER_APPLICATION);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseNumber = created.text("caseNumber");
        assertThat(caseNumber).matches("ZC\\d{4}-\\d{6}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/cases/" + caseNumber);
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(CaseStatus.valueOf(created.text("status")).isActive()).isTrue();
        assertThat(created.text("statusLabel")).isNotBlank();
        assertThat(created.text("series")).isEqualTo("工程技术");
        assertThat(created.text("targetLevel")).isEqualTo("INTERMEDIATE");
        assertThat(created.text("roundName")).isNotBlank();
        assertThat(created.text("applicantIdMasked")).matches("\\d{3}\\*{11}[\\dX]{4}");
    }

    @Test
    void submittingAgainWhileTheCaseRunsReturnsTheSameCaseWith200() throws Exception {
        AccountView applicant = applicant();
        String first = submit(applicant);

        Answer again = api.post("/api/cases", applicant.username(), WELDER_APPLICATION);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.text("caseNumber")).isEqualTo(first);
        assertThat(again.headers().firstValue("Location")).hasValue("/api/cases/" + first);
        Answer mine = api.get("/api/cases", applicant.username());
        assertThat(mine.body()).hasSize(1);
    }

    @Test
    void withoutCredentialsEveryCaseAndTaskEndpointIs401WithABasicChallengeNotARedirect() throws Exception {
        for (Answer answer : List.of(api.post("/api/cases", null, WELDER_APPLICATION), api.get("/api/cases", null),
                api.get("/api/cases/ZC2026-000001", null), api.get("/api/tasks", null),
                api.post("/api/tasks/1/claim", null, null), api.post("/api/tasks/1/decision", null, Map.of("decision", "APPROVE")))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        }
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        Answer answer = api.getWithPassword("/api/cases", applicant().username(), "wrong-password-1");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void staffCannotSubmitAndHaveNoCasesOfTheirOwn() throws Exception {
        Answer submitted = api.post("/api/cases", "reviewer", WELDER_APPLICATION);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(403);
        assertThat(submitted.body().path("status").asInt()).isEqualTo(403);
        assertThat(api.get("/api/cases", "admin").status()).isEqualTo(403);
    }

    @Test
    void anApplicantCannotReadAnotherApplicantsCaseTheAnswerIs404AsForNoCaseAtAll() throws Exception {
        String theirs = submit(applicant());
        AccountView other = applicant();

        Answer foreign = api.get("/api/cases/" + theirs, other.username());
        Answer missing = api.get("/api/cases/ZC1999-999999", other.username());

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.text("message")).isEqualTo(missing.text("message").replace("ZC1999-999999", theirs));
        assertThat(foreign.body().toString()).doesNotContain("焊工");
        assertThat(api.get("/api/cases", other.username()).body()).isEmpty();
    }

    @Test
    void theApplicantReadsTheirCaseWithTheScreeningRuleByRuleAndAMaskedIdNumber() throws Exception {
        AccountView applicant = applicant();
        String caseNumber = submit(applicant);

        Answer answer = api.get("/api/cases/" + caseNumber, applicant.username());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode summary = answer.body().path("summary");
        assertThat(summary.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(summary.path("applicantIdMasked").asText()).matches("\\d{3}\\*{11}[\\dX]{4}");
        assertThat(answer.body().toString()).doesNotContain(applicant.idNumber());
        JsonNode screening = answer.body().path("screening");
        assertThat(screening.path("eligible").asBoolean()).isTrue();
        assertThat(screening.path("maxLevel").asText()).isEqualTo("INTERMEDIATE");
        assertThat(screening.path("route").asText()).isEqualTo("STANDARD");
        assertThat(screening.path("reasons").findValuesAsText("rule")).contains("T2.2");
        assertThat(screening.path("rulesVersion").asText()).startsWith("ZJ2022-77/");
        assertThat(answer.body().path("correction").isNull()).isTrue();
    }

    @Test
    void reviewersReadAnyCaseAndListingMyCasesShowsOnlyMine() throws Exception {
        AccountView applicant = applicant();
        String mine = submit(applicant);
        submit(applicant()); // somebody else's

        assertThat(api.get("/api/cases/" + mine, "reviewer").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + mine, "secretary").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + mine, "integrity").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + mine, "expert").status()).isEqualTo(404); // committee members read no case files
        Answer list = api.get("/api/cases", applicant.username());
        assertThat(list.body().findValuesAsText("caseNumber")).containsExactly(mine);
    }

    @Test
    void badSubmissionsAre400NamingTheFieldInTheCallersLanguage() throws Exception {
        AccountView applicant = applicant();
        Map<String, Object> noLevel = new HashMap<>(WELDER_APPLICATION);
        noLevel.remove("targetLevel");
        Map<String, Object> unknownLevel = new HashMap<>(WELDER_APPLICATION);
        unknownLevel.put("targetLevel", "MIDDLE");
        Map<String, Object> wrongSeries = new HashMap<>(WELDER_APPLICATION);
        wrongSeries.put("series", "卫生");
        Map<String, Object> unsigned = new HashMap<>(WELDER_APPLICATION);
        unsigned.put("ethicsDeclaration", false);

        assertThat(api.post("/api/cases", applicant.username(), noLevel).fields()).containsExactly("targetLevel");
        assertThat(api.post("/api/cases", applicant.username(), unknownLevel).fields()).containsExactly("targetLevel");
        assertThat(api.post("/api/cases", applicant.username(), wrongSeries).fields()).containsExactly("series");
        Answer english = api.post("/api/cases", applicant.username(), unsigned, "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.fields()).containsExactly("ethicsDeclaration");
        assertThat(english.body().path("errors").get(0).path("message").asText()).startsWith("Ethics declaration");
        assertThat(api.post("/api/cases", applicant.username(), "{not json").fields()).containsExactly("body");
        assertThat(api.get("/api/cases", applicant.username()).body()).isEmpty(); // nothing was created
    }
}
