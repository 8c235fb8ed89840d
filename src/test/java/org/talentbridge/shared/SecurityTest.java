package org.talentbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.talentbridge.IntegrationTest;

/** Who may reach what, over real HTTP. */
class SecurityTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (user != null) {
            basic(request, user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void engineRestRefusesAnonymousCallers() throws Exception {
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestRefusesEveryRoleButAdmin() throws Exception {
        for (String user : new String[] {"wanghan", "reviewer", "secretary", "expert", "integrity"}) {
            assertThat(get("/engine-rest/process-definition", user).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void engineRestAnswersAdmin() throws Exception {
        HttpResponse<String> response = get("/engine-rest/process-definition?key=titleApplication", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"key\":\"titleApplication\"");
    }

    @Test
    void engineRestRefusesAWrongPassword() throws Exception {
        // an administrator of its own: wrong passwords count towards a lock (app.security.sign-in)
        String admin = newAccount("wrongadmin", org.talentbridge.account.Role.ADMIN).username();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/engine-rest/process-definition")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((admin + ":wrong").getBytes()))
                .GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void camundaWebappsSendAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", null);
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/camunda/api/engine/engine/", null).statusCode()).isIn(302, 401, 403);
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"").doesNotContain("diskSpace\":{\"status\":\"UP\",\"details");
    }

    @Test
    void nothingElseOfActuatorIsPublic() throws Exception {
        assertThat(get("/actuator/env", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env", "wanghan").statusCode()).isIn(403, 404);
    }

    @Test
    void theUiSendsAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> inbox = get("/inbox", null);
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
        assertThat(get("/register", null).statusCode()).isEqualTo(200);
    }
}
