package org.talentbridge.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.talentbridge.casework.api.HttpApi.Answer;

/** The OpenAPI description documents the case and task API: paths, tags, summaries, outcomes, schemas. */
class CaseApiDocsTest extends CaseApiTestSupport {

    @Test
    void apiDocsDescribeEveryCaseAndTaskOperationWithItsOutcomes() throws Exception {
        Answer docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.body().path("paths");

        assertOperation(paths, "/api/cases", "post", "cases", "200", "201", "400", "401", "403");
        assertOperation(paths, "/api/cases", "get", "cases", "200", "401", "403");
        assertOperation(paths, "/api/cases/{caseNumber}", "get", "cases", "200", "401", "404");
        assertOperation(paths, "/api/cases/{caseNumber}/documents/{documentId}", "get", "cases", "200", "400", "401", "404");
        assertOperation(paths, "/api/tasks", "get", "tasks", "200", "400", "401", "403");
        assertOperation(paths, "/api/tasks/{taskId}/claim", "post", "tasks", "204", "401", "403", "404", "409");
        assertOperation(paths, "/api/tasks/{taskId}/unclaim", "post", "tasks", "204", "401", "403", "404", "409");
        assertOperation(paths, "/api/tasks/{taskId}/decision", "post", "tasks", "204", "400", "401", "403", "404", "409");
        assertOperation(paths, "/api/employer-reviews", "get", "employer-reviews", "200", "400", "401", "403");
        assertOperation(paths, "/api/employer-reviews/{taskId}/confirm", "post", "employer-reviews", "204", "400", "401", "403",
                "404", "409");
        assertOperation(paths, "/api/employer-reviews/{taskId}/return", "post", "employer-reviews", "204", "400", "401", "403",
                "404", "409");

        JsonNode schemas = docs.body().path("components").path("schemas");
        assertThat(schemas.has("SubmitCaseRequest")).isTrue();
        assertThat(schemas.path("EmployerConfirmRequest").path("properties").has("workHistoryConfirmed")).isTrue();
        assertThat(schemas.path("ReturnRequest").path("properties").path("reason").path("maxLength").asInt()).isEqualTo(1000);
        assertThat(schemas.path("DecisionRequest").path("properties").path("decision").path("enum").toString())
                .contains("APPROVE", "RETURN", "REJECT");
        assertThat(schemas.path("TaskPageResponse").path("properties").has("total")).isTrue();
        assertThat(schemas.path("TaskResponse").path("properties").has("case")).isTrue();
        assertThat(schemas.path("CaseDetailsResponse").path("properties").has("screening")).isTrue();
        assertThat(schemas.path("TaskConflict").path("properties").has("holder")).isTrue();
        assertThat(paths.path("/api/cases").path("post").path("security").toString()).contains("basic");
    }

    private static void assertOperation(JsonNode paths, String path, String method, String tag, String... codes) {
        JsonNode operation = paths.path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        assertThat(operation.path("tags").toString()).as(path).contains(tag);
        assertThat(operation.path("summary").asText()).as(path).isNotBlank();
        for (String code : codes) {
            assertThat(operation.path("responses").has(code)).as(method + " " + path + " " + code).isTrue();
        }
    }
}
