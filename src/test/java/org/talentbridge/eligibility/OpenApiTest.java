package org.talentbridge.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.talentbridge.IntegrationTest;

/** The API description is public, complete and carries examples. */
class OpenApiTest extends IntegrationTest {

    @Test
    void apiDocsDescribeTheScreeningEndpointsWithExamples() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(url("/v3/api-docs"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/screening/title", "/api/screening/skill", "/api/screening/exam-equivalence",
                "/api/catalog/occupations", "\"example\":\"焊工\"", "TitleScreeningRequest", "basic");
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(url("/swagger-ui.html"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
