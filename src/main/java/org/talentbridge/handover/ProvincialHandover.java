package org.talentbridge.handover;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casefile.CaseDocument;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casework.CaseFacts;
import org.talentbridge.casework.CaseStatus;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.export.XlsxTable;

/**
 * Issue 15 item 10: a round's applications for the provincial platform that applicants also use — the list as .xlsx
 * and the case files as one zip, a folder per case number. For committee secretaries and administrators; every
 * document put into the zip is a read of the case file, audited like any other.
 */
@Service
public class ProvincialHandover {

    private final TitleCaseService cases;
    private final CaseFileService caseFiles;
    private final MessageSource messages;
    private final AuditLog audit;

    ProvincialHandover(TitleCaseService cases, CaseFileService caseFiles, MessageSource messages, AuditLog audit) {
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.messages = messages;
        this.audit = audit;
    }

    /** Every case of the round, whatever its stage, by case number. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseFacts> applications(long roundId) {
        return Arrays.stream(CaseStatus.values()).flatMap(s -> cases.factsOfRound(roundId, s, null).stream())
                .sorted(Comparator.comparing(CaseFacts::caseNumber)).toList();
    }

    /** The round's applications as one sheet: case, applicant, employer, series, level, stage, route, documents, hours. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] applicationsXlsx(long roundId, Locale locale) {
        List<List<Object>> rows = applications(roundId).stream().map(c -> List.<Object>of(c.caseNumber(), c.applicantName(),
                nullToEmpty(c.employerName()), nullToEmpty(c.series()), text("titleLevel." + c.targetLevel(), locale),
                text(c.status().messageKey(), locale), c.route() == null ? "" : text("results.route." + c.route(), locale),
                caseFiles.caseFile(c.caseNumber()).size(), caseFiles.caseRecords(c.caseNumber()).hoursPerYear().values()
                        .stream().reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue())).toList();
        List<String> headers = List.of("field.caseNumber", "results.applicantName", "field.employerName", "field.series",
                "field.targetLevel", "results.status", "results.route", "handover.documents", "handover.hours")
                .stream().map(k -> text(k, locale)).toList();
        return XlsxTable.write(text("handover.sheet", locale), headers, rows);
    }

    /** The case files of the round's cases: {@code <case number>/<item>-v<version>-<name>}; each document read is audited. */
    @PreAuthorize("hasAnyRole('COMMITTEE_SECRETARY', 'ADMIN')")
    @Transactional
    public void writeCaseFiles(long roundId, OutputStream out) {
        List<CaseFacts> all = applications(roundId);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (CaseFacts c : all) {
                for (CaseDocument d : caseFiles.caseFile(c.caseNumber())) {
                    zip.putNextEntry(new ZipEntry(c.caseNumber() + "/" + d.item().kind() + "-" + d.item().key() + "-v"
                            + d.id() + "-" + d.version().fileName()));
                    zip.write(caseFiles.read(c.caseNumber(), d.id()).content());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("handover.caseFiles", "round:" + roundId, all.size() + " cases");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
