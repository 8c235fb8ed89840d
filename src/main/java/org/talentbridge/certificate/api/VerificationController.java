package org.talentbridge.certificate.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.Verification;

/** Public, read-only: other systems check a certificate by the verification code printed on it. */
@RestController
@RequestMapping("/api/verify")
@Tag(name = "certificates", description = "Verification of certificates issued by Talent Bridge")
class VerificationController {

    private final CertificateService certificates;

    VerificationController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{code}")
    @Operation(summary = "Is the certificate with this verification code genuine and still valid?",
            description = "No sign-in. The holder's name and ID number come masked; a voided certificate says VOID "
                    + "with the date it was voided, never the reason.")
    @ApiResponse(responseCode = "200", description = "A certificate has this code: result VALID or VOID")
    @ApiResponse(responseCode = "404", description = "No certificate has this code: result NOT_FOUND")
    ResponseEntity<Verification> verify(@Parameter(description = "the verification code printed on the certificate")
                                        @PathVariable String code) {
        Verification v = certificates.verify(code);
        return ResponseEntity.status(v.result() == Verification.Result.NOT_FOUND ? 404 : 200).body(v);
    }
}
