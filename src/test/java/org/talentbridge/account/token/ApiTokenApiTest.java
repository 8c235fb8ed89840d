package org.talentbridge.account.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditEvent;
import org.talentbridge.shared.audit.AuditLog;

/**
 * API tokens over real HTTP (issue 19 item 1): issued by an administrator, used as {@code Authorization: Bearer}, with
 * the account's roles; expiry to the second, revocation (at once on this node, within recheck-after through the
 * database), the last use written at most once a minute, the rate per token, the audit trail naming the token.
 * "Now" is a clock of the test's own, set to a time of its own so that tokens and windows of different tests never
 * meet.
 */
class ApiTokenApiTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKENS = "/api/admin/api-tokens";
    private static final String CASES = "/api/cases";

    @Autowired
    private ApiTokenClock tokenClock;
    @Autowired
    private ApiTokenProperties settings;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<Instant> now = new AtomicReference<>();
    private AccountView admin;

    @BeforeEach
    void ownClock() {
        now.set(Instant.parse("2031-01-01T00:00:00Z").plusSeconds(86_400L * (System.nanoTime() % 10_000)));
        tokenClock.use(new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        });
        admin = newAccount("tokadm", Role.ADMIN);
    }

    @AfterEach
    void systemClock() {
        tokenClock.use(Clock.systemUTC());
    }

    private void later(Duration by) {
        now.set(now.get().plus(by));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json");
    }

    private HttpResponse<String> bearer(String path, String token) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    private HttpRequest.Builder asAdmin(HttpRequest.Builder request) {
        return basic(request, admin.username());
    }

    private HttpResponse<String> issue(String body) throws Exception {
        return send(asAdmin(request(TOKENS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode issued(String account, String name, int days) throws Exception {
        HttpResponse<String> response = issue("{\"account\":\"%s\",\"name\":\"%s\",\"validDays\":%d}".formatted(account, name, days));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private String tokenFor(AccountView account, int days) throws Exception {
        return issued(account.username(), "测试系统", days).get("token").asText();
    }

    private List<String> fields(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("errors").findValuesAsText("field");
    }

    @Test
    void anAdministratorIssuesATokenOnceAndItReadsTheApplicantsOwnCasesWithoutAPassword() throws Exception {
        AccountView applicant = newAccount("tokapp", Role.APPLICANT);
        JsonNode issued = issued(applicant.username(), "人社一体化平台", 90);
        String token = issued.get("token").asText();
        assertThat(token).startsWith("tb_").hasSize(46);
        assertThat(issued.get("expiresAt").asText()).isEqualTo(now.get().plus(Duration.ofDays(90)).toString());

        HttpResponse<String> cases = bearer(CASES, token);
        assertThat(cases.statusCode()).isEqualTo(200);
        assertThat(cases.body()).isEqualTo("[]");
        // only the hash is stored; the list never shows the token
        assertThat(jdbc.queryForObject("select count(*) from tb.api_token where token_hash = ?", Integer.class,
                ApiTokenService.hash(token))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from tb.api_token where token_hash = ?", Integer.class, token)).isZero();
        HttpResponse<String> list = send(asAdmin(request(TOKENS + "?limit=200")).GET());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("人社一体化平台").doesNotContain(token).doesNotContain(ApiTokenService.hash(token));
    }

    @Test
    void aTokenWorksUntilTheSecondBeforeItsExpiryAndIsRefusedFromThatSecondOn() throws Exception {
        String token = tokenFor(newAccount("tokexp", Role.APPLICANT), 1);
        later(Duration.ofDays(1).minusSeconds(1));
        assertThat(bearer(CASES, token).statusCode()).isEqualTo(200);
        later(Duration.ofSeconds(1));
        HttpResponse<String> expired = bearer(CASES, token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Talent Bridge\", error=\"invalid_token\"");
        assertThat(expired.body()).contains("\"status\":401").contains("API 令牌无效、已过期或已吊销");
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceOnThisNodeAndRevokingTwiceOrAnUnknownTokenIsHarmless() throws Exception {
        JsonNode issued = issued(newAccount("tokrev", Role.APPLICANT).username(), "待吊销", 30);
        String token = issued.get("token").asText();
        assertThat(bearer(CASES, token).statusCode()).isEqualTo(200);
        String revoke = TOKENS + "/" + issued.get("id").asLong();
        assertThat(send(asAdmin(request(revoke)).DELETE()).statusCode()).isEqualTo(204);
        assertThat(bearer(CASES, token).statusCode()).isEqualTo(401);
        assertThat(send(asAdmin(request(revoke)).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(asAdmin(request(TOKENS + "/987654321")).DELETE()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRevocationByAnotherNodeIsSeenWithinRecheckAfter() throws Exception {
        String token = tokenFor(newAccount("toknode", Role.APPLICANT), 30);
        assertThat(bearer(CASES, token).statusCode()).isEqualTo(200);
        // another node revokes it: only the database changes
        jdbc.update("update tb.api_token set revoked_at = now(), revoked_by = 'node2' where token_hash = ?", ApiTokenService.hash(token));
        later(settings.recheckAfter().minusSeconds(1));
        assertThat(bearer(CASES, token).statusCode()).as("trusted until recheck-after").isEqualTo(200);
        later(Duration.ofSeconds(1));
        assertThat(bearer(CASES, token).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongOrMalformedTokensAre401WithABearerChallengeAndNoCredentialsOfferBoth() throws Exception {
        for (String wrong : List.of("tb_" + "A".repeat(43), "x", "tb_" + "A".repeat(200), "tb_ä")) {
            HttpResponse<String> refused = bearer(CASES, wrong);
            assertThat(refused.statusCode()).as(wrong).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Talent Bridge\", error=\"invalid_token\"");
        }
        HttpResponse<String> none = send(request(CASES).GET());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"Talent Bridge\"", "Bearer realm=\"Talent Bridge\"");
    }

    @Test
    void aTokenHasItsAccountsRolesAndNoMore() throws Exception {
        String applicant = tokenFor(newAccount("tokrole", Role.APPLICANT), 30);
        String reviewer = tokenFor(newAccount("tokrevw", Role.REVIEWER), 30);
        assertThat(bearer("/api/tasks?limit=5", applicant).statusCode()).isEqualTo(403);
        assertThat(bearer("/api/tasks?limit=5", reviewer).statusCode()).isEqualTo(200);
        assertThat(bearer(CASES, reviewer).statusCode()).isEqualTo(403);
        assertThat(bearer(TOKENS, applicant).statusCode()).isEqualTo(403);
        assertThat(send(request(TOKENS).header("Authorization", "Bearer " + reviewer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"admin\",\"name\":\"x\",\"validDays\":1}"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void whatATokenDoesIsInTheAuditTrailUnderItsAccountAndNamesTheToken() throws Exception {
        JsonNode adminToken = issued(admin.username(), "运维脚本", 30);
        AccountView other = newAccount("tokaud", Role.APPLICANT);
        HttpResponse<String> viaToken = send(request(TOKENS).header("Authorization", "Bearer " + adminToken.get("token").asText())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"%s\",\"name\":\"由令牌签发\",\"validDays\":7}"
                        .formatted(other.username()))));
        assertThat(viaToken.statusCode()).isEqualTo(201);
        List<AuditEvent> lines = audit.history("account:" + other.username().toLowerCase()).stream()
                .filter(e -> e.getAction().equals("apiToken.issued")).toList();
        assertThat(lines).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo(admin.username());
            assertThat(e.getCredential()).isEqualTo("api-token " + adminToken.get("id").asLong() + " \"运维脚本\"");
            assertThat(e.getDetails()).contains("由令牌签发");
        });
        // issuing with a password is attributed to the account alone
        assertThat(audit.history("account:" + admin.username().toLowerCase())).filteredOn(e -> e.getAction().equals("apiToken.issued"))
                .singleElement().satisfies(e -> assertThat(e.getCredential()).isNull());
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() throws Exception {
        JsonNode issued = issued(newAccount("tokuse", Role.APPLICANT).username(), "上次使用", 30);
        String token = issued.get("token").asText();
        long id = issued.get("id").asLong();
        assertThat(lastUsed(id)).isNull();
        Instant first = now.get();
        bearer(CASES, token);
        assertThat(lastUsed(id)).isEqualTo(first);
        later(settings.lastUsedInterval().minusSeconds(1));
        bearer(CASES, token);
        assertThat(lastUsed(id)).isEqualTo(first);
        later(Duration.ofSeconds(1));
        bearer(CASES, token);
        assertThat(lastUsed(id)).isEqualTo(now.get());
    }

    private Instant lastUsed(long id) {
        java.sql.Timestamp t = jdbc.queryForObject("select last_used_at from tb.api_token where id = ?", java.sql.Timestamp.class, id);
        return t == null ? null : t.toInstant();
    }

    @Test
    void aTokenMakesRequestsPerSecondRequestsInASecondAndTheNextIs429UntilTheNextSecond() throws Exception {
        String token = tokenFor(newAccount("tokrate", Role.APPLICANT), 30);
        for (int i = 1; i <= settings.requestsPerSecond(); i++) {
            assertThat(bearer(CASES, token).statusCode()).as("request %d", i).isEqualTo(200);
        }
        later(Duration.ofMillis(400));
        HttpResponse<String> over = bearer(CASES, token);
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(over.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(over.body()).contains("请求过于频繁");
        later(Duration.ofMillis(600));
        assertThat(bearer(CASES, token).statusCode()).isEqualTo(200);
    }

    @Test
    void issuingRefusesEachBadFieldByName() throws Exception {
        AccountView applicant = newAccount("tokval", Role.APPLICANT);
        String account = applicant.username();
        assertThat(fields(issue("{\"account\":\"%s\",\"name\":\"n\",\"validDays\":0}".formatted(account)))).containsExactly("validDays");
        assertThat(fields(issue("{\"account\":\"%s\",\"name\":\"n\",\"validDays\":367}".formatted(account)))).containsExactly("validDays");
        assertThat(issue("{\"account\":\"%s\",\"name\":\"n\",\"validDays\":366}".formatted(account)).statusCode()).isEqualTo(201);
        assertThat(issue("{\"account\":\"%s\",\"name\":\"n\",\"validDays\":1}".formatted(account)).statusCode()).isEqualTo(201);
        HttpResponse<String> missing = issue("{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(fields(missing)).containsExactlyInAnyOrder("account", "name", "validDays");
        HttpResponse<String> unknown = issue("{\"account\":\"nobody-here\",\"name\":\"n\",\"validDays\":1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("account");
        assertThat(unknown.body()).contains("没有这个账号");
        assertThat(fields(issue("{\"account\":\"%s\",\"name\":\"%s\",\"validDays\":1}".formatted(account, "名".repeat(101)))))
                .containsExactly("name");
        assertThat(fields(issue("{\"account\":\"%s\",\"name\":\"n\",\"validDays\":\"ten\"}".formatted(account)))).containsExactly("validDays");
        assertThat(fields(send(asAdmin(request(TOKENS + "?limit=201")).GET()))).containsExactly("limit");
        // not an administrator: 403
        assertThat(send(basic(request(TOKENS), account).GET()).statusCode()).isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheBearerSchemeOnEveryOperationThatTakesBasic() throws Exception {
        JsonNode doc = JSON.readTree(send(request("/v3/api-docs").GET()).body());
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1api~1cases/get/security").findValuesAsText("bearer")).isNotNull();
        assertThat(doc.at("/paths/~1api~1cases/get/security").toString()).contains("\"basic\"").contains("\"bearer\"");
        assertThat(doc.at("/paths/~1api~1admin~1api-tokens/post/security").toString()).contains("\"bearer\"");
    }
}
