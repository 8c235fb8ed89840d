package org.talentbridge.shared.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real HTTP with every header under the test's control: any Content-Type or none, any Accept, bodies as bytes,
 * with a Content-Length or chunked. Never follows redirects; each answer carries the time it took.
 */
final class RawHttp {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    RawHttp(String base) {
        this.base = base;
    }

    /** One request: method, path with query (already encoded), headers, body (null: none). */
    record Call(String method, String path, Map<String, String> headers, byte[] body, boolean chunked) {

        static Call get(String path) {
            return new Call("GET", path, Map.of(), null, false);
        }

        static Call post(String path, String contentType, String body) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Call("POST", path, headers, body.getBytes(StandardCharsets.UTF_8), false);
        }

        static Call json(String path, String body) {
            return post(path, "application/json", body);
        }

        Call header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Call(method, path, more, body, chunked);
        }

        Call withMethod(String other) {
            return new Call(other, path, headers, body, chunked);
        }

        Call as(String user, String password) {
            return header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        Call body(byte[] bytes) {
            return new Call(method, path, headers, bytes, chunked);
        }

        /** Sent without a Content-Length (Transfer-Encoding: chunked). */
        Call withoutLength() {
            return new Call(method, path, headers, body, true);
        }

        @Override
        public String toString() {
            Map<String, String> shown = new LinkedHashMap<>(headers);
            shown.remove("Authorization");
            String text = body == null ? "" : new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " " + shown
                    + (body == null ? "" : " body(" + body.length + (chunked ? " chunked" : "") + ")=" + text);
        }
    }

    record Answer(int status, String body, long millis) {

        JsonNode json() {
            try {
                return body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The fields the errors of the answer name, in order. */
        List<String> fields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " in " + millis + " ms: " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    Answer send(Call call) throws Exception {
        HttpRequest.BodyPublisher publisher = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : call.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(call.body()))
                : HttpRequest.BodyPublishers.ofByteArray(call.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                .timeout(Duration.ofSeconds(30)).method(call.method(), publisher);
        call.headers().forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), millis);
    }
}
