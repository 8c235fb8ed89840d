package org.talentbridge.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;

/** /actuator/prometheus over real HTTP: never anonymous, not for applicants, administrators get the business figures. */
class MetricsEndpointTest extends MonitoringTestSupport {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (user != null) {
            basic(request, user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anonymousCallersAndApplicantsAreRefused() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "wanghan").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "reviewer").statusCode()).isEqualTo(403);
    }

    @Test
    void administratorsReadTheBusinessAndJobExecutorMetrics() throws Exception {
        AccountView admin = admin();
        HttpResponse<String> metrics = get("/actuator/prometheus", admin.username());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("talentbridge_cases{process=\"titleApplication\",stage=\"Task_QualificationReview\"}")
                .contains("talentbridge_overdue_tasks{process=\"titleApplication\"}")
                .contains("talentbridge_incidents{process=\"skillEvaluation\"}")
                .contains("talentbridge_failed_jobs{process=\"integrityInvestigation\"}")
                .contains("talentbridge_submissions_total{process=\"titleApplication\"}")
                .contains("talentbridge_decisions_total{process=\"titleApplication\"}")
                .contains("talentbridge_engine_jobs_total{outcome=\"successful\"}");
    }

    @Test
    void theCasesGaugeCountsInstancesWaitingInAStage() throws Exception {
        AccountView admin = admin();
        long waiting = runtime.createExecutionQuery().processDefinitionKey("titleApplication")
                .activityId("Task_EmployerReview").count();
        String body = get("/actuator/prometheus", admin.username()).body();
        assertThat(body).containsPattern("talentbridge_cases\\{process=\"titleApplication\",stage=\"Task_EmployerReview\"} "
                + waiting + "\\.0");
    }
}
