package org.talentbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.Role;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;

/** {@code GET /api/verify/{code}} over real HTTP, without credentials, as another system calls it. */
class VerificationApiTest extends IntegrationTest {

    @Autowired
    private CertificateService certificates;
    @Autowired
    private TitleCaseService cases;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyoneLearnsThatACertificateIsGenuineAndValidWithTheHolderMasked() throws Exception {
        var welder = eligibleWelder("verifyapi");
        String caseNumber = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)).caseNumber();
        CertificateView c = certificates.grantTitle(caseNumber);

        HttpResponse<String> valid = get("/api/verify/" + c.verificationCode());

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("\"result\":\"VALID\"", c.certificateNumber(), c.holderIdMasked(), "\"level\":\"INTERMEDIATE\"")
                .doesNotContain(welder.idNumber(), welder.displayName(), caseNumber);

        as(newAccount("verifyint", Role.INTEGRITY_OFFICER), () -> certificates.voidCertificate(c.certificateNumber(), "查实造假"));
        HttpResponse<String> voided = get("/api/verify/" + c.verificationCode());
        assertThat(voided.statusCode()).isEqualTo(200);
        assertThat(voided.body()).contains("\"result\":\"VOID\"", "\"voidedOn\":\"" + java.time.LocalDate.now() + "\"")
                .doesNotContain("查实造假");
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        HttpResponse<String> unknown = get("/api/verify/AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"result\":\"NOT_FOUND\"");
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/verify/{code}");
    }
}
