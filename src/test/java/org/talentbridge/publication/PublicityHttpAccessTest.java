package org.talentbridge.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.talentbridge.IntegrationTest;

/** Over HTTP, as a browser without a session: the publicity page opens; the staff screens send the visitor to sign in. */
class PublicityHttpAccessTest extends IntegrationTest {

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousVisitorOpensThePublicityPage() throws Exception {
        assertThat(get("/publicity").statusCode()).isEqualTo(200);
    }

    @Test
    void theOfficerAndSecretaryScreensSendAnonymousVisitorsToSignIn() throws Exception {
        for (String path : new String[] {"/integrity/objections", "/committee/publicity"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
