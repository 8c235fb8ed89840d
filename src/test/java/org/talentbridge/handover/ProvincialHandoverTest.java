package org.talentbridge.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.casefile.CaseFileService;
import org.talentbridge.casefile.Documents;
import org.talentbridge.casefile.ItemKind;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.round.RoundService;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.policy.TitleLevel;

/** Item 10: a round's applications as .xlsx and its case files as a zip named by case number. */
class ProvincialHandoverTest extends IntegrationTest {

    @Autowired
    private ProvincialHandover handover;
    @Autowired
    private CaseFileService caseFiles;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;

    @Test
    void theSecretaryExportsTheRoundsApplicationsAndTheirCaseFilesNamedByCaseNumber() throws Exception {
        AccountView applicant = eligibleWelder("handover");
        byte[] pdf = Documents.pdf("证书 " + System.nanoTime());
        caseFiles.upload(ItemRef.of(ItemKind.CERTIFICATE, profiles.myProfile().certificates().get(0).id()),
                new EvidenceFile("技师证书.pdf", "application/pdf", pdf));
        CaseSummary submitted = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true));
        long roundId = rounds.all().stream().filter(r -> r.name().equals(submitted.roundName())).findFirst().orElseThrow().id();
        AccountView secretary = accounts.findByUsername("secretary").orElseThrow();

        byte[] xlsx = as(secretary, () -> handover.applicationsXlsx(roundId, Locale.SIMPLIFIED_CHINESE));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        as(secretary, () -> {
            handover.writeCaseFiles(roundId, zip);
            return null;
        });

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = null;
            for (Row r : book.getSheetAt(0)) {
                if (r.getCell(0).getStringCellValue().equals(submitted.caseNumber())) {
                    row = r;
                }
            }
            assertThat(row).as("the case's row").isNotNull();
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(applicant.displayName());
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1.0);
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).hasEntrySatisfying(entries.keySet().stream()
                .filter(n -> n.startsWith(submitted.caseNumber() + "/CERTIFICATE-")).findFirst().orElseThrow(),
                bytes -> assertThat(bytes).isEqualTo(pdf));
        assertThat(entries.keySet()).allMatch(n -> n.matches("Z[CU][^/]+/[A-Z]+-[^/]+-v\\d+-[^/]+"));

        assertThatThrownBy(() -> as(applicant, () -> handover.applicationsXlsx(roundId, Locale.ROOT)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
