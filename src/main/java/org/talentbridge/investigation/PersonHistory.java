package org.talentbridge.investigation;

import java.time.LocalDate;
import java.util.List;
import org.talentbridge.integrity.IntegrityEntry;

/** A person across cases (issue 6, item 6): their cases, certificates, investigations and integrity-file entries. */
public record PersonHistory(String personName, String idNumberMasked, List<CaseLine> cases,
                            List<CertificateLine> certificates, List<InvestigationRow> investigations,
                            List<IntegrityEntry> entries) {

    public record CaseLine(String caseNumber, String kind, String level, String status, LocalDate submittedOn) {
    }

    public record CertificateLine(String certificateNumber, String kind, String level, String status, LocalDate issuedOn,
                                  String caseNumber) {
    }
}
