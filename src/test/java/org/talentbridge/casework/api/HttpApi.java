package org.talentbridge.casework.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running application over real HTTP as an account (HTTP Basic) or anonymously; never follows redirects. */
final class HttpApi {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String password;

    HttpApi(String base, String password) {
        this.base = base;
        this.password = password;
    }

    record Answer(int status, HttpHeaders headers, JsonNode body) {

        String text(String field) {
            return body.path(field).asText(null);
        }

        /** The fields the errors of a 400 name. */
        java.util.List<String> fields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(String path, String user) throws Exception {
        return send(request(path, user, "zh-CN").GET());
    }

    Answer post(String path, String user, Object body) throws Exception {
        return post(path, user, body, "zh-CN");
    }

    Answer post(String path, String user, Object body, String language) throws Exception {
        String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(request(path, user, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** With a wrong password. */
    Answer getWithPassword(String path, String user, String wrongPassword) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, wrongPassword)).GET());
    }

    private HttpRequest.Builder request(String path, String user, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Answer(response.statusCode(), response.headers(),
                body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
