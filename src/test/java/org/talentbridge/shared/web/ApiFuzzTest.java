package org.talentbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.web.RawHttp.Answer;
import org.talentbridge.shared.web.RawHttp.Call;

/**
 * Issue 13, "done when": every operation of the OpenAPI description ({@code /v3/api-docs}, so a new endpoint is
 * fuzzed without touching this test) gets malformed requests — wrong types, sizes, encodings, content types, Accept
 * headers, NUL characters, path and query values — over real HTTP, as the first of anonymous, applicant, reviewer
 * and administrator that the operation admits. Every answer is below 500, carries no stack trace, and comes within a
 * second (an answer over the bound is sent once more and timed again, so that a pause of the shared machine does
 * not fail the test; an answer whose cost grows with the input is slow both times).
 */
class ApiFuzzTest extends IntegrationTest {

    private static final long BOUND_MILLIS = 1_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PASSWORD = "Fuzz-2026-pass";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ApiLimits limits;

    private RawHttp http;
    private JsonNode docs;

    /** An operation of the description. */
    record Operation(String method, String path, JsonNode spec) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyApiOperationAnswersMalformedRequestsBelow500WithinASecond() throws Exception {
        http = new RawHttp(url(""));
        docs = http.send(Call.get("/v3/api-docs")).json();
        List<String> callers = new ArrayList<>();
        callers.add(null);
        for (Role role : List.of(Role.APPLICANT, Role.REVIEWER, Role.ADMIN)) {
            AccountView account = newAccount("fuzz", role);
            // the same BCrypt check as every account, at the lowest cost, so that hundreds of requests stay quick
            jdbc.update("update tb.account set password_hash = ? where username = ?",
                    new BCryptPasswordEncoder(4).encode(PASSWORD), account.username());
            callers.add(account.username());
        }
        List<Operation> operations = new ArrayList<>();
        docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        assertThat(operations).extracting(Operation::toString).contains("POST /api/screening/title", "GET /api/tasks",
                "POST /api/cases", "POST /api/tasks/{taskId}/decision", "GET /api/catalog/occupations");
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> fuzz(op, callers)));
    }

    private void fuzz(Operation op, List<String> callers) throws Exception {
        String caller = callerFor(op, callers);
        List<Call> calls = malformed(op).stream().map(c -> caller == null ? c : c.as(caller, PASSWORD)).toList();
        List<String> failures = new ArrayList<>();
        for (Call call : calls) {
            Answer answer = http.send(call);
            if (answer.millis() > BOUND_MILLIS) {
                answer = http.send(call);
            }
            if (answer.status() >= 500 || answer.millis() > BOUND_MILLIS
                    || answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                failures.add(call + "\n    → " + answer);
            }
        }
        assertThat(calls).hasSizeGreaterThan(10);
        assertThat(failures).as("%s as %s: %d requests", op, caller, calls.size()).isEmpty();
    }

    /** The first caller whom the operation does not refuse outright (401/403) for a well-formed request. */
    private String callerFor(Operation op, List<String> callers) throws Exception {
        for (String caller : callers) {
            Call probe = wellFormed(op);
            int status = http.send(caller == null ? probe : probe.as(caller, PASSWORD)).status();
            if (status != 401 && status != 403) {
                return caller;
            }
        }
        return callers.get(callers.size() - 1);
    }

    // ---- the requests

    private Call wellFormed(Operation op) {
        return call(op, path(op, "x"), query(op, Map.of()), body(op) == null ? null : body(op).toString());
    }

    private List<Call> malformed(Operation op) throws Exception {
        List<Call> calls = new ArrayList<>();
        ObjectNode body = body(op);
        String goodBody = body == null ? null : body.toString();
        String goodPath = path(op, "x");
        // path variables
        for (String value : List.of("%00", "%2F", "x".repeat(2_000), "%F0%9F%98%80", "..%2F..%2Fetc", "%2e%2e", "a%20b",
                "-1", "%E4%B8", "%C0%AF")) {
            if (op.path().contains("{")) {
                calls.add(call(op, path(op, value), "", goodBody));
            }
        }
        // query parameters
        for (JsonNode parameter : op.spec().path("parameters")) {
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            for (String value : List.of("%00", "a%00b", "%25", "x".repeat(2_000), "-1", "99999999999999999999", "1.5",
                    "true", "", "NOPE", "%E4%B8", "1e309", "%FF%FE")) {
                calls.add(call(op, goodPath, name + "=" + value, goodBody));
            }
            calls.add(call(op, goodPath, name + "=1&" + name + "=2", goodBody));
        }
        calls.add(call(op, goodPath, "unknown=%00", goodBody));
        // Accept headers
        for (String accept : List.of("foo", "application/xml", "text/plain", "application/json;q=x", "*/*;q=abc",
                "text/html;level", "application/json;charset=bogus", ",,,", "image/png, */*;q=0")) {
            calls.add(call(op, goodPath, "", goodBody).header("Accept", accept));
        }
        calls.add(call(op, goodPath, "", goodBody).header("Accept-Language", "xx-%%;q=abc, *;q=-1"));
        // another method on the same path
        calls.add(new Call(op.method().equals("GET") ? "DELETE" : "PUT", goodPath, Map.of("Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8), false));
        if (body == null) {
            calls.add(new Call(op.method(), goodPath, Map.of("Content-Type", "application/json"),
                    "{\"x\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8), false));
            return calls;
        }
        // content types
        for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "multipart/form-data", "application/json;charset=bogus",
                "application/json;charset=ISO-8859-1", "garbage", "application/json;;", "*/*")) {
            calls.add(Call.post(goodPath, contentType, goodBody).withMethod(op.method()));
        }
        calls.add(new Call(op.method(), goodPath, Map.of(), goodBody.getBytes(StandardCharsets.UTF_8), false));
        // bodies that are not the object asked for
        int cap = (int) limits.maxBodySize().toBytes();
        for (String raw : List.of("", "{", "[]", "null", "123", "\"x\"", "{}", "{\"a\":" + "[".repeat(5_000),
                "[".repeat(100_000), "{\"a\":1}{\"b\":2}", "\"\\u0000\"", " ".repeat(cap + 1),
                goodBody.substring(0, goodBody.length() - 1) + ",\"pad\":\"" + "x".repeat(cap) + "\"}")) {
            calls.add(json(op, goodPath, raw));
            if (raw.length() > cap) {
                calls.add(json(op, goodPath, raw).withoutLength());
            }
        }
        calls.add(json(op, goodPath, "").body(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}));
        calls.add(json(op, goodPath, "").body(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{'}));
        // a duplicate key
        String first = body.fieldNames().hasNext() ? body.fieldNames().next() : "x";
        calls.add(json(op, goodPath, "{\"" + first + "\":" + body.path(first) + "," + goodBody.substring(1)));
        // every property, also of the objects inside lists, with values of the wrong type, NUL, sizes over the limits
        mutate(body, body, schemaOf(op), op, goodPath, calls);
        return calls;
    }

    private void mutate(ObjectNode root, ObjectNode target, JsonNode schema, Operation op, String path, List<Call> calls) {
        Iterator<Map.Entry<String, JsonNode>> properties = resolve(schema).path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            JsonNode original = target.get(name);
            for (JsonNode wrong : wrongValues(propertySchema)) {
                target.set(name, wrong);
                calls.add(json(op, path, root.toString()));
            }
            if ("array".equals(type(propertySchema))) {
                JsonNode item = sample(propertySchema.path("items"));
                ArrayNode tooMany = NODES.arrayNode();
                Collections.nCopies(limits.maxListItems() + 1, item).forEach(tooMany::add);
                target.set(name, tooMany);
                calls.add(json(op, path, root.toString()));
                ArrayNode nulls = NODES.arrayNode();
                for (int i = 0; i < 40_000; i++) {
                    nulls.addNull();
                }
                target.set(name, nulls);
                calls.add(json(op, path, root.toString()));
                ArrayNode deep = NODES.arrayNode();
                deep.addArray().addArray().addArray();
                target.set(name, deep);
                calls.add(json(op, path, root.toString()));
                if (item instanceof ObjectNode element) {
                    ArrayNode one = NODES.arrayNode();
                    ObjectNode copy = element.deepCopy();
                    one.add(copy);
                    target.set(name, one);
                    mutate(root, copy, propertySchema.path("items"), op, path, calls);
                }
            }
            target.set(name, original);
        }
    }

    /** Values a property of this schema must refuse: other JSON types, NUL, text longer than any limit. */
    private static List<JsonNode> wrongValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.textNode("\u0000"), NODES.textNode("a\u0000"),
                NODES.numberNode(123), NODES.numberNode(1.5), NODES.booleanNode(true), NODES.objectNode(),
                NODES.arrayNode(), NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                NODES.textNode("x".repeat(20_000)), NODES.textNode("9999-99-99")));
        String type = type(schema);
        values.removeIf(v -> switch (type) {
            case "string" -> v.isTextual() && !v.asText().contains("\u0000") && v.asText().length() < 10_000
                    && !schema.has("enum") && !schema.has("format");
            case "integer" -> v.isIntegralNumber() && v.canConvertToLong();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "array" -> v.isArray();
            case "object" -> v.isObject();
            default -> false;
        });
        return values;
    }

    private Call json(Operation op, String path, String body) {
        return Call.json(path, body).withMethod(op.method());
    }

    private Call call(Operation op, String path, String query, String body) {
        String target = query.isEmpty() ? path : path + "?" + query;
        return body == null ? new Call(op.method(), target, Map.of(), null, false)
                : Call.json(target, body).withMethod(op.method());
    }

    private static String path(Operation op, String value) {
        return op.path().replaceAll("\\{[^}]+}", value);
    }

    private static String query(Operation op, Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    // ---- the schemas

    private JsonNode schemaOf(Operation op) {
        JsonNode content = op.spec().path("requestBody").path("content");
        return content.isMissingNode() || content.isEmpty() ? null : content.elements().next().path("schema");
    }

    private ObjectNode body(Operation op) {
        JsonNode schema = schemaOf(op);
        return schema == null ? null : (ObjectNode) sample(schema);
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            return docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText(schema.has("properties") ? "object" : "");
    }

    /** A well-formed value of the schema, from its examples where it has them. */
    private JsonNode sample(JsonNode schema) {
        JsonNode s = resolve(schema);
        String type = type(s);
        if (s.has("example") && !"object".equals(type) && !"array".equals(type)) {
            JsonNode example = s.path("example");
            return "null".equals(example.asText()) ? NODES.nullNode() : example;
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Map<String, JsonNode> props = new LinkedHashMap<>();
                s.path("properties").properties().forEach(p -> props.put(p.getKey(), p.getValue()));
                props.forEach((k, v) -> object.set(k, sample(v)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(sample(s.path("items")));
            case "string" -> s.has("enum") ? s.path("enum").get(0)
                    : "date".equals(s.path("format").asText()) ? NODES.textNode("2024-01-01") : NODES.textNode("x");
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.nullNode();
        };
    }
}
