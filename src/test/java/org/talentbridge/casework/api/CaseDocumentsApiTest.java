package org.talentbridge.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.account.AccountView;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casework.api.HttpApi.Answer;
import org.talentbridge.shared.evidence.EvidenceFile;

/** The case file over real HTTP: {@code documents} on the case and each document at its {@code href}. */
class CaseDocumentsApiTest extends CaseApiTestSupport {

    @Autowired
    private CaseFileService caseFiles;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> fetch(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (user != null) {
            basic(request, user);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theCaseListsItsDocumentsAndEachIsReadWithTheCasesAccessRules() throws Exception {
        AccountView applicant = eligibleWelder("apidoc");
        byte[] pdf = Documents.pdf("焊工技师证书");
        caseFiles.upload(ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id()),
                new EvidenceFile("技师证书.pdf", "application/pdf", pdf));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String caseNumber = submit(applicant);

        Answer details = api.get("/api/cases/" + caseNumber, applicant.username());
        JsonNode document = details.body().path("documents").get(0);
        assertThat(details.body().path("documents")).as(details.toString()).hasSize(1);
        assertThat(document.path("name").asText()).isEqualTo("技师证书.pdf");
        assertThat(document.path("type").asText()).isEqualTo("application/pdf");
        assertThat(document.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(document.path("sha256").asText()).hasSize(64);
        assertThat(document.path("item").asText()).startsWith("CERTIFICATE:");
        String href = document.path("href").asText();
        assertThat(href).isEqualTo("/api/cases/" + caseNumber + "/documents/" + document.path("id").asLong());

        HttpResponse<byte[]> own = fetch(href, applicant.username());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(pdf);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(own.headers().firstValue("Content-Disposition")).hasValueSatisfying(h -> assertThat(h).startsWith("attachment"));
        assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(fetch(href, reviewer().username()).statusCode()).isEqualTo(200);

        assertThat(fetch(href, applicant().username()).statusCode()).as("another applicant").isEqualTo(404);
        assertThat(fetch(href, employerReviewer("别家船厂").username()).statusCode()).as("another employer").isEqualTo(404);
        assertThat(fetch(href, null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(fetch("/api/cases/" + caseNumber + "/documents/999999999", applicant.username()).statusCode()).isEqualTo(404);
        assertThat(fetch("/api/cases/" + caseNumber + "/documents/abc", applicant.username()).statusCode()).isEqualTo(400);
    }
}
