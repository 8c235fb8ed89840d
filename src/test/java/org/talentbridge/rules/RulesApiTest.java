package org.talentbridge.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/** {@code GET /api/rules/versions} and the {@code rulesVersion} parameter of the screening endpoints, over real HTTP. */
class RulesApiTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TECHNICIAN_TWO_YEARS = """
            {"referenceDate":"2026-12-31","occupation":"焊工","series":"工程技术","targetLevel":"INTERMEDIATE",
             "skillLevels":[{"level":"TECHNICIAN","occupation":"焊工","obtainedOn":"2024-12-30"}],
             "workPeriods":[{"from":"2020-01-01","to":null,"occupation":"焊工","technicalSkillWork":true}],
             "annualAssessments":[{"year":2023,"result":"QUALIFIED"},{"year":2024,"result":"QUALIFIED"},{"year":2025,"result":"QUALIFIED"}],
             "awards":[],"ethicsDeclaration":true}""";

    @Autowired
    private RulesVersionService versions;

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(String method, String path, String body, AccountView user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            basic(request, user.username());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }

    private static List<String> names(JsonNode list, String state) {
        List<String> names = new ArrayList<>();
        list.forEach(v -> {
            if (state == null || v.get("state").asText().equals(state)) {
                names.add(v.get("name").asText());
            }
        });
        return names;
    }

    private String draft(AccountView admin) {
        String name = PolicyChanges.name("T22-api");
        as(admin, () -> versions.upload(name, null, PolicyChanges.technicianAfterTwoYears()));
        return name;
    }

    @Test
    void anyoneReadsTheActiveAndSupersededVersionsAndStaffAlsoTheDrafts() throws Exception {
        AccountView admin = newAccount("rulesapiadmin", Role.ADMIN);
        String draft = draft(admin);
        Answer anonymous = send("GET", "/api/rules/versions", null, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(names(anonymous.body(), "ACTIVE")).containsExactly("ZJ2022-77");
        assertThat(names(anonymous.body(), null)).doesNotContain(draft);
        anonymous.body().forEach(v -> assertThat(v.get("state").asText()).isIn("ACTIVE", "SUPERSEDED"));
        JsonNode shipped = anonymous.body().get(names(anonymous.body(), null).indexOf("ZJ2022-77"));
        assertThat(shipped.get("effectiveFrom").asText()).isEqualTo("2022-12-17");
        assertThat(shipped.get("tables")).hasSize(5);

        assertThat(names(send("GET", "/api/rules/versions", null, admin).body(), "DRAFT")).contains(draft);
        AccountView applicant = newAccount("rulesapiappl", Role.APPLICANT);
        assertThat(names(send("GET", "/api/rules/versions", null, applicant).body(), null)).doesNotContain(draft);
    }

    @Test
    void screeningUnderANamedVersionADraftOnlyForStaffAndAnUnknownOneIsA400NamingRulesVersion() throws Exception {
        AccountView admin = newAccount("rulesapiscr", Role.ADMIN);
        String draft = draft(admin);
        Answer inForce = send("POST", "/api/screening/title", TECHNICIAN_TWO_YEARS, null);
        assertThat(inForce.body().get("eligible").asBoolean()).isFalse();
        Answer named = send("POST", "/api/screening/title?rulesVersion=ZJ2022-77", TECHNICIAN_TWO_YEARS, null);
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body().get("rulesVersion").asText()).isEqualTo(inForce.body().get("rulesVersion").asText());

        Answer underDraft = send("POST", "/api/screening/title?rulesVersion=" + draft, TECHNICIAN_TWO_YEARS, admin);
        assertThat(underDraft.status()).isEqualTo(200);
        assertThat(underDraft.body().get("eligible").asBoolean()).isTrue();
        assertThat(underDraft.body().get("rulesVersion").asText()).startsWith(draft + "/");

        for (String refused : List.of("/api/screening/title?rulesVersion=" + draft, "/api/screening/title?rulesVersion=NO-SUCH",
                "/api/screening/title?rulesVersion=")) {
            Answer answer = send("POST", refused, TECHNICIAN_TWO_YEARS, null);
            assertThat(answer.status()).as(refused).isEqualTo(400);
            assertThat(answer.body().toString()).as(refused).contains("rulesVersion");
        }
        AccountView applicant = newAccount("rulesapiapp", Role.APPLICANT);
        assertThat(send("POST", "/api/screening/title?rulesVersion=" + draft, TECHNICIAN_TWO_YEARS, applicant).status()).isEqualTo(400);

        Answer skill = send("POST", "/api/screening/skill?rulesVersion=" + draft, """
                {"referenceDate":"2026-12-31","targetLevel":"TECHNICIAN","occupation":"电工",
                 "titles":[{"level":"INTERMEDIATE","series":"工程技术","obtainedOn":"2020-12-25"}],
                 "workPeriods":[{"from":"2015-01-01","to":null,"occupation":"电工","technicalSkillWork":true}],
                 "relatedMajorDegree":false,"employerAccredited":false,"accessTypeQualification":false}""", admin);
        assertThat(skill.status()).isEqualTo(200);
        assertThat(skill.body().get("rulesVersion").asText()).startsWith(draft + "/");
        Answer exam = send("POST", "/api/screening/exam-equivalence?rulesVersion=NO-SUCH",
                "{\"technicalSchoolClass\":\"SENIOR_WORKER_CLASS\",\"examField\":\"ACCOUNTING\"}", null);
        assertThat(exam.status()).isEqualTo(400);
        assertThat(exam.body().toString()).contains("rulesVersion");
    }
}
