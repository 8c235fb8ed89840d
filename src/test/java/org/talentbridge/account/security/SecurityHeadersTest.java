package org.talentbridge.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentbridge.IntegrationTest;

/** Issue 13 item 7 over real HTTP: security headers on every response, the session cookie, health details. */
class SecurityHeadersTest extends IntegrationTest {

    private WebClient web() {
        return new WebClient(url(""));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        String path = response.uri().getPath();
        assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()").contains("geolocation=()"));
        assertThat(response.headers().allValues("Content-Security-Policy")).as(path).hasSize(1)
                .allSatisfy(csp -> assertThat(csp).contains("default-src 'self'"));
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        WebClient web = web();
        for (String path : List.of("/login", "/register", "/inbox", "/api/catalog/occupations?q=焊工", "/actuator/health",
                "/engine-rest/process-definition", "/camunda/app/cockpit/default/", "/v3/api-docs", "/no-such-page")) {
            assertSecurityHeaders(web.get(path.replace("焊工", "%E7%84%8A%E5%B7%A5")));
        }
        assertSecurityHeaders(web.basic("/api/tasks", "reviewer", DEMO_PASSWORD));
        assertSecurityHeaders(web.basic("/engine-rest/process-definition", "admin", DEMO_PASSWORD));
    }

    @Test
    void ourPagesAllowWhatVaadinNeedsAndNothingFromElsewhere() throws Exception {
        String csp = web().get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'").contains("style-src 'self' 'unsafe-inline'")
                .contains("object-src 'none'").contains("frame-ancestors 'self'").doesNotContain("*");
    }

    @Test
    void theCamundaWebappsKeepTheirOwnContentSecurityPolicy() throws Exception {
        WebClient admin = web();
        assertThat(admin.signIn("admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(csp -> assertThat(csp).contains("script-src").doesNotContain("form-action 'self'; frame-ancestors 'self'"));
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(cockpit.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
        HttpResponse<String> login = web().get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() throws Exception {
        WebClient web = web();
        HttpResponse<String> anonymous = web.get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"db\":{\"status\":\"UP\"}").doesNotContain("details");
        HttpResponse<String> applicant = web.basic("/actuator/health", "wanghan", DEMO_PASSWORD);
        assertThat(applicant.statusCode()).isEqualTo(200);
        assertThat(applicant.body()).contains("\"status\":\"UP\"").doesNotContain("details");
        HttpResponse<String> admin = web.basic("/actuator/health", "admin", DEMO_PASSWORD);
        assertThat(admin.body()).contains("\"details\"").contains("PostgreSQL");
    }
}
