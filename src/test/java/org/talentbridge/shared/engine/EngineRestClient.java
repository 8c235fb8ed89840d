package org.talentbridge.shared.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls Camunda's REST API of the running application over real HTTP, as the demo administrator (HTTP Basic). */
public final class EngineRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public EngineRestClient(int port) {
        this.base = "http://localhost:" + port + "/engine-rest";
    }

    public record Answer(int status, JsonNode body) {
        /** The engine's error message (its REST API answers {@code {"type": …, "message": …}}). */
        public String message() {
            return body == null || body.get("message") == null ? "" : body.get("message").asText();
        }
    }

    public Answer post(String path, String json, String language) throws Exception {
        return send(request(path, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Answer delete(String path, String language) throws Exception {
        return send(request(path, language).DELETE());
    }

    private HttpRequest.Builder request(String path, String language) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:Demo2026".getBytes(StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }
}
