package org.talentbridge.casework.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.talentbridge.casefile.CaseDocument;

/** One document of a case file as submitted (the case's latest submission). */
@Schema(description = "A document frozen with the case: what was submitted, never what the profile holds today")
record CaseDocumentResponse(
        @Schema(description = "The document's id in this case (its version's id)", example = "42") long id,
        @Schema(description = "The sanitised file name", example = "技师证书.pdf") String name,
        @Schema(allowableValues = {"application/pdf", "image/jpeg", "image/png"}) String type,
        @Schema(description = "Size in bytes") long size,
        @Schema(description = "SHA-256 of the content, hexadecimal") String sha256,
        @Schema(description = "The profile item it documents: CERTIFICATE, TITLE, WORK (by id), ASSESSMENT (by year), AWARD (by code)",
                example = "CERTIFICATE:12") String item,
        @Schema(description = "Where to read it", example = "/api/cases/ZC2026-000001/documents/42") String href) {

    static CaseDocumentResponse of(CaseDocument d) {
        return new CaseDocumentResponse(d.id(), d.version().fileName(), d.version().contentType(), d.version().size(),
                d.version().sha256(), d.item().toString(), "/api/cases/" + d.caseNumber() + "/documents/" + d.id());
    }
}
