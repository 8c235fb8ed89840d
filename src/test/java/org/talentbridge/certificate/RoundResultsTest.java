package org.talentbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.casework.CaseSummary;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.round.RoundService;
import org.talentbridge.round.RoundView;
import org.talentbridge.shared.policy.TitleLevel;

class RoundResultsTest extends IntegrationTest {

    @Autowired
    private CertificateService certificates;
    @Autowired
    private RoundResultsService results;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private RoundService rounds;

    @Test
    void theExportHasTheHeaderAndOneRowPerDecidedCaseWithItsCertificate() throws Exception {
        AccountView welder = eligibleWelder("export");
        CaseSummary granted = cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true));
        CertificateView c = certificates.grantTitle(granted.caseNumber());
        CaseSummary undecided = as(eligibleWelder("exportopen"),
                () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true)));
        RoundView round = rounds.all().stream().filter(r -> r.name().equals(granted.roundName())).findFirst().orElseThrow();

        byte[] xlsx = as(newAccount("exportsec", Role.COMMITTEE_SECRETARY), () -> results.xlsx(round.id(), Locale.SIMPLIFIED_CHINESE));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("评审结果");
            assertThat(cells(sheet.getRow(0))).containsExactly("申报编号", "姓名", "身份证号码（部分隐去）", "现工作单位",
                    "职称系列", "申报职称等级", "申报途径", "办理状态", "评委会表决", "证书编号");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                rows.add(cells(sheet.getRow(i)));
            }
            assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(granted.caseNumber(), welder.displayName(),
                    granted.applicantIdMasked(), SHIPYARD, "工程技术", "中级", "常规申报", "单位审核中", "",
                    c.certificateNumber()));
            assertThat(rows).noneMatch(row -> row.get(0).equals(undecided.caseNumber()));
            assertThat(rows).noneMatch(row -> row.contains(welder.idNumber()));
        }
    }

    @Test
    void onlyCommitteeSecretariesAndAdministratorsSeeOrExportTheResults() {
        for (Role role : List.of(Role.APPLICANT, Role.REVIEWER, Role.COMMITTEE_MEMBER, Role.INTEGRITY_OFFICER)) {
            AccountView someone = newAccount("exportno", role);
            assertThatThrownBy(() -> as(someone, () -> results.xlsx(1L, Locale.SIMPLIFIED_CHINESE)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(someone, () -> results.results(1L))).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(newAccount("exportadm", Role.ADMIN), () -> results.results(-1L))).isEmpty();
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            values.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
        }
        return values;
    }
}
