package org.talentbridge.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * What anyone holding a verification code learns (the public {@code /verify} page and {@code GET /api/verify/{code}}):
 * whether the certificate is genuine and valid, voided, or unknown, with the holder's name and ID number masked.
 * A voided certificate shows the date it was voided, never why.
 */
@Schema(description = "The answer to a certificate verification")
public record Verification(
        @Schema(description = "VALID: genuine and valid; VOID: genuine but voided; NOT_FOUND: no certificate has this code")
        Result result,
        @Schema(nullable = true, example = "ZJZC-2026-000123") String certificateNumber,
        @Schema(nullable = true) CertificateKind kind,
        @Schema(nullable = true, description = "family name, the rest masked", example = "王*") String holderName,
        @Schema(nullable = true, example = "330***********1234") String holderIdMasked,
        @Schema(nullable = true, example = "工程技术") String series,
        @Schema(nullable = true, example = "INTERMEDIATE") String level,
        @Schema(nullable = true) LocalDate issuedOn,
        @Schema(nullable = true, description = "only for VOID") LocalDate voidedOn,
        @Schema(nullable = true, description = "only for EQUIVALENCE: the technical-school class the holder graduated "
                + "from (series is then the exam, level the education level it counts as)", example = "SENIOR_WORKER_CLASS")
        String schoolClass) {

    public enum Result { VALID, VOID, NOT_FOUND }

    static Verification notFound() {
        return new Verification(Result.NOT_FOUND, null, null, null, null, null, null, null, null, null);
    }

    static Verification of(CertificateView c) {
        return new Verification(c.status() == CertificateStatus.VALID ? Result.VALID : Result.VOID, c.certificateNumber(),
                c.kind(), maskName(c.holderName()), c.holderIdMasked(), c.series(), c.level(), c.issuedOn(),
                c.voidedAt() == null ? null : c.voidedAt().toLocalDate(),
                c.kind() == CertificateKind.EQUIVALENCE ? c.route() : null);
    }

    /** 王焊 → 王*, 欧阳明月 → 欧***: the first character stays, as on publicity lists. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
