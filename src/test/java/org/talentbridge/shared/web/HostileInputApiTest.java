package org.talentbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.web.RawHttp.Answer;
import org.talentbridge.shared.web.RawHttp.Call;

/**
 * Issue 13, items 1-3 over real HTTP: hostile input gets a 4xx naming what is wrong, quickly, never a 5xx; a bad
 * Basic login stays a 401.
 */
class HostileInputApiTest extends IntegrationTest {

    private static final String TITLE = "/api/screening/title";

    @Autowired
    private ApiLimits limits;

    private RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(url(""));
    }

    /** The brief's welder: eligible for INTERMEDIATE by T2.2. */
    static Map<String, Object> welder() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("referenceDate", "2026-12-31");
        body.put("occupation", "焊工");
        body.put("series", "工程技术");
        body.put("targetLevel", "INTERMEDIATE");
        body.put("skillLevels", new ArrayList<>(List.of(Map.of("level", "TECHNICIAN", "occupation", "焊工", "obtainedOn", "2022-06-30"))));
        List<Object> work = new ArrayList<>();
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", "2022-07-01");
        period.put("to", null);
        period.put("occupation", "焊工");
        period.put("technicalSkillWork", true);
        work.add(period);
        body.put("workPeriods", work);
        body.put("annualAssessments", List.of(Map.of("year", 2023, "result", "QUALIFIED"),
                Map.of("year", 2024, "result", "EXCELLENT"), Map.of("year", 2025, "result", "QUALIFIED")));
        body.put("awards", new ArrayList<>());
        body.put("ethicsDeclaration", true);
        body.put("idNumber", null);
        return body;
    }

    static String json(Object value) throws Exception {
        return RawHttp.JSON.writeValueAsString(value);
    }

    private Answer screen(Object body) throws Exception {
        return http.send(Call.json(TITLE, body instanceof String s ? s : json(body)));
    }

    // ---- item 1: 4xx, not 500

    @Test
    void theBriefsWelderIsStillScreenedWithPlainJson() throws Exception {
        Answer answer = screen(welder());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("maxLevel").asText()).isEqualTo("INTERMEDIATE");
        Answer withCharset = http.send(Call.post(TITLE, "application/json; charset=UTF-8", json(welder())));
        assertThat(withCharset.status()).as(withCharset.toString()).isEqualTo(200);
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz", "multipart/form-data", "application/json;charset=bogus",
            "application/json;charset=ISO-8859-1", "*/*", "application/*", "garbage", "NONE"})
    void aJsonPostWithAWrongOrMissingContentTypeIs415NamingTheHeader(String contentType) throws Exception {
        Answer answer = http.send(Call.post(TITLE, contentType.equals("NONE") ? null : contentType, json(welder())));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(415);
        assertThat(answer.fields()).containsExactly("Content-Type");
        assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("application/json");
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"foo", "application/xml", "text/plain", "application/json;q=x", "text/html;level"})
    void anUnparseableOrUnsatisfiableAcceptIs406(String accept) throws Exception {
        Answer answer = http.send(Call.json(TITLE, json(welder())).header("Accept", accept));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(406);
    }

    @Test
    void aSubmissionWhoseAnswerTheCallerCannotAcceptIsRefusedBeforeTheCaseIsCreated() throws Exception {
        AccountView applicant = eligibleWelder("acceptapp");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        Call submit = Call.json("/api/cases", "{\"occupationName\":\"焊工\",\"series\":\"工程技术\","
                + "\"targetLevel\":\"INTERMEDIATE\",\"ethicsDeclaration\":true}").as(applicant.username(), DEMO_PASSWORD);
        Answer refused = http.send(submit.header("Accept", "application/xml"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(406);
        assertThat(http.send(Call.get("/api/cases").as(applicant.username(), DEMO_PASSWORD)).json()).isEmpty();
        Answer created = http.send(submit.header("Accept", "application/xml, application/json;q=0.5"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void anErrorIsAnsweredInJsonEvenWhenTheCallerPrefersAnotherType() throws Exception {
        Map<String, Object> body = welder();
        body.remove("referenceDate");
        Answer answer = http.send(Call.json(TITLE, json(body)).header("Accept", "text/html, application/json;q=0.1"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("referenceDate");
    }

    @Test
    void duplicateJsonKeysAre400NamingTheKey() throws Exception {
        String twice = json(welder()).replace("\"targetLevel\":\"INTERMEDIATE\"",
                "\"targetLevel\":\"INTERMEDIATE\",\"targetLevel\":\"SENIOR\"");
        Answer answer = screen(twice);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("targetLevel");
        String nested = json(welder()).replace("\"level\":\"TECHNICIAN\"", "\"level\":\"TECHNICIAN\",\"level\":\"SENIOR_WORKER\"");
        assertThat(screen(nested).fields()).containsExactly("skillLevels[0].level");
    }

    @Test
    void aNulCharacterInAnyStringFieldIs400NamingTheField() throws Exception {
        Map<String, Object> top = welder();
        top.put("occupation", "焊\u0000工");
        Answer answer = screen(top);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("occupation");
        assertThat(answer.json().path("errors").get(0).path("message").asText()).isEqualTo("职业（工种）: 不得包含空字符（NUL）");

        Map<String, Object> nested = welder();
        @SuppressWarnings("unchecked")
        Map<String, Object> period = (Map<String, Object>) ((List<Object>) nested.get("workPeriods")).get(0);
        period.put("occupation", "\u0000");
        assertThat(screen(nested).fields()).containsExactly("workPeriods[0].occupation");

        AccountView applicant = newAccount("nulapp", Role.APPLICANT);
        Answer submit = http.send(Call.json("/api/cases", "{\"occupationName\":\"焊工\\u0000\",\"series\":\"工程技术\","
                + "\"targetLevel\":\"INTERMEDIATE\",\"ethicsDeclaration\":true}").as(applicant.username(), DEMO_PASSWORD));
        assertThat(submit.status()).as(submit.toString()).isEqualTo(400);
        assertThat(submit.fields()).containsExactly("occupationName");
    }

    @Test
    void aNulCharacterInAQueryParameterIs400NamingTheParameterBeforeItReachesPostgres() throws Exception {
        AccountView reviewer = newAccount("nulrev", Role.REVIEWER);
        Answer tasks = http.send(Call.get("/api/tasks?caseNumber=%00").as(reviewer.username(), DEMO_PASSWORD));
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(400);
        assertThat(tasks.fields()).containsExactly("caseNumber");
        Answer catalog = http.send(Call.get("/api/catalog/occupations?q=%E7%84%8A%00").header("Accept-Language", "en"));
        assertThat(catalog.status()).as(catalog.toString()).isEqualTo(400);
        assertThat(catalog.fields()).containsExactly("q");
        assertThat(catalog.json().path("errors").get(0).path("message").asText()).contains("NUL");
        assertThat(http.send(Call.get("/api/catalog/occupations?q=%E7%84%8A")).status()).isEqualTo(200);
    }

    @Test
    void numbersAndBooleansSentWhereAStringIsExpectedAre400AndCreateNoCase() throws Exception {
        AccountView applicant = newAccount("typeapp", Role.APPLICANT);
        for (String value : List.of("123", "1.5", "true")) {
            Answer submit = http.send(Call.json("/api/cases", "{\"occupationName\":" + value + ",\"series\":\"工程技术\","
                    + "\"targetLevel\":\"INTERMEDIATE\",\"ethicsDeclaration\":true}").as(applicant.username(), DEMO_PASSWORD));
            assertThat(submit.status()).as(value + ": " + submit).isEqualTo(400);
            assertThat(submit.fields()).containsExactly("occupationName");
        }
        Answer mine = http.send(Call.get("/api/cases").as(applicant.username(), DEMO_PASSWORD));
        assertThat(mine.json()).isEmpty();

        Map<String, Object> body = welder();
        body.put("series", 7);
        Answer screened = screen(body);
        assertThat(screened.fields()).containsExactly("series");
        assertThat(screened.json().path("errors").get(0).path("message").asText()).isEqualTo("职称系列: 类型不正确");
    }

    @Test
    void aBasicLoginWithANulInTheUsernameIsA401LikeAnyUnknownAccount() throws Exception {
        Answer answer = http.send(Call.get("/api/cases").as("wang\u0000han", DEMO_PASSWORD));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    }

    // ---- item 2: bounded lists, bodies and error lists

    @Test
    void aListOfTheMaximumIsReadAndOneItemMoreIsRefusedNamingTheList() throws Exception {
        int max = limits.maxListItems();
        assertThat(max).isEqualTo(50);
        Map<String, Object> body = welder();
        body.put("awards", Collections.nCopies(max, "ZHEJIANG_CRAFTSMAN"));
        Answer fifty = screen(body);
        assertThat(fifty.status()).as(fifty.toString()).isEqualTo(200);

        body.put("awards", Collections.nCopies(max + 1, "ZHEJIANG_CRAFTSMAN"));
        Answer fiftyOne = screen(body);
        assertThat(fiftyOne.status()).as(fiftyOne.toString()).isEqualTo(400);
        assertThat(fiftyOne.fields()).containsExactly("awards");
        assertThat(fiftyOne.json().path("errors").get(0).path("message").asText()).isEqualTo("获奖与荣誉: 最多 50 项");
    }

    @Test
    void fiftyThousandNullsInAListAreRefusedInMillisecondsWithAShortAnswer() throws Exception {
        String nulls = json(welder()).replaceFirst("\"skillLevels\":\\[[^\\]]*\\]",
                "\"skillLevels\":[" + String.join(",", Collections.nCopies(50_000, "null")) + "]");
        assertThat(nulls.length()).isLessThan((int) limits.maxBodySize().toBytes()); // read, then refused by its length
        Answer answer = screen(nulls);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.fields()).containsExactly("skillLevels");
        assertThat(answer.body().length()).isLessThan(1_000);
        assertThat(answer.millis()).isLessThan(1_000);

        String spaced = nulls.replace("null,", "null, "); // the 300 KB body
        Answer tooLarge = screen(spaced);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.fields()).containsExactly("body");
        assertThat(tooLarge.millis()).isLessThan(1_000);
    }

    @Test
    void aBodyOfTheMaximumSizeIsReadAndOneByteMoreIs413WithOrWithoutAContentLength() throws Exception {
        int max = (int) limits.maxBodySize().toBytes();
        assertThat(max).isEqualTo(256 * 1024);
        String valid = json(welder());
        String open = valid.substring(0, valid.length() - 1); // padded inside the object, so that it must all be read
        int room = max - valid.getBytes(StandardCharsets.UTF_8).length;
        byte[] exactly = (open + " ".repeat(room) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] oneMore = (open + " ".repeat(room + 1) + "}").getBytes(StandardCharsets.UTF_8);
        assertThat(exactly).hasSize(max);

        assertThat(http.send(Call.json(TITLE, "").body(exactly)).status()).isEqualTo(200);
        assertThat(http.send(Call.json(TITLE, "").body(exactly).withoutLength()).status()).isEqualTo(200);
        Answer declared = http.send(Call.json(TITLE, "").body(oneMore).header("Accept-Language", "en"));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.json().path("errors").get(0).path("message").asText()).isEqualTo("Request body: at most 256 KB");
        Answer chunked = http.send(Call.json(TITLE, "").body(oneMore).withoutLength());
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(chunked.fields()).containsExactly("body");
    }

    @Test
    void anAnswerListsAtMostTheMaximumNumberOfErrorsAndCountsTheRest() throws Exception {
        Map<String, Object> body = welder();
        body.put("workPeriods", Collections.nCopies(limits.maxListItems(), Map.of())); // three missing fields each
        Answer answer = screen(body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("errors")).hasSize(limits.maxErrors());
        assertThat(answer.json().path("omittedErrors").asInt()).isEqualTo(3 * limits.maxListItems() - limits.maxErrors());

        Map<String, Object> one = welder();
        one.remove("referenceDate");
        assertThat(screen(one).json().has("omittedErrors")).isFalse();
    }

    @Test
    void theApiDocsGiveEveryListInEveryRequestItsMaximum() throws Exception {
        JsonNode docs = http.send(Call.get("/v3/api-docs")).json();
        Map<String, String> lists = new java.util.TreeMap<>();
        docs.path("paths").forEach(path -> path.forEach(operation -> operation.path("requestBody").path("content")
                .forEach(media -> arrays(docs, media.path("schema"), "", lists, new java.util.HashSet<>()))));
        assertThat(lists).containsKeys("TitleScreeningRequest.skillLevels", "TitleScreeningRequest.awards",
                "SkillScreeningRequest.titles");
        assertThat(lists).allSatisfy((list, maxItems) -> assertThat(maxItems).as(list).isEqualTo(String.valueOf(limits.maxListItems())));
    }

    private static void arrays(JsonNode docs, JsonNode schema, String name, Map<String, String> found, java.util.Set<String> seen) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            String component = ref.substring(ref.lastIndexOf('/') + 1);
            if (seen.add(component)) {
                arrays(docs, docs.path("components").path("schemas").path(component), component, found, seen);
            }
            return;
        }
        if ("array".equals(schema.path("type").asText())) {
            found.put(name, schema.path("maxItems").asText("none"));
            arrays(docs, schema.path("items"), name + "[]", found, seen);
        }
        schema.path("properties").properties().forEach(p -> arrays(docs, p.getValue(), name + "." + p.getKey(), found, seen));
    }
}
