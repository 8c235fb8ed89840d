package org.talentbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.casework.SubmitTitleApplication;
import org.talentbridge.casework.TitleCaseService;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.InvalidInputException;

class CertificateServiceTest extends IntegrationTest {

    @Autowired
    private CertificateService certificates;
    @Autowired
    private TitleCaseService cases;
    @Autowired
    private JdbcTemplate jdbc;

    private String submittedCase(AccountView applicant) {
        return as(applicant, () -> cases.submit(new SubmitTitleApplication("焊工", "工程技术", TitleLevel.INTERMEDIATE, true))
                .caseNumber());
    }

    @Test
    void grantingACaseIssuesOneCertificateAndAddsTheTitleToTheRecordOnce() {
        AccountView welder = eligibleWelder("grant");
        String caseNumber = submittedCase(welder);

        CertificateView first = certificates.grantTitle(caseNumber);
        CertificateView again = certificates.grantTitle(caseNumber);

        assertThat(again).isEqualTo(first);
        assertThat(first.certificateNumber()).matches("ZJZC-\\d{4}-\\d{6}");
        assertThat(first.verificationCode()).matches("[A-Za-z0-9_-]{22}"); // 128 random bits, URL-safe
        assertThat(first.holderName()).isEqualTo(welder.displayName());
        assertThat(first.holderIdMasked()).contains("*").doesNotContain(welder.idNumber().substring(6, 14));
        assertThat(first.status()).isEqualTo(CertificateStatus.VALID);
        List<ProfileSnapshot.Title> titles = as(welder, () -> profiles.myProfile().titles());
        assertThat(titles).singleElement().satisfies(t -> {
            assertThat(t.level()).isEqualTo(TitleLevel.INTERMEDIATE);
            assertThat(t.series()).isEqualTo("工程技术");
            assertThat(t.obtainedOn()).isEqualTo(LocalDate.now());
        });
    }

    @Test
    void concurrentGrantsOfOneCaseYieldOneCertificate() throws Exception {
        String caseNumber = submittedCase(eligibleWelder("grantrace"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CertificateView>> results = pool.invokeAll(java.util.Collections.nCopies(4,
                    (Callable<CertificateView>) () -> certificates.grantTitle(caseNumber)));
            assertThat(results.stream().map(f -> {
                try {
                    return f.get().certificateNumber();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct()).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from tb.certificate where case_number = ?", Integer.class, caseNumber))
                .isEqualTo(1);
    }

    @Test
    void certificateNumbersAreUniqueAcrossCases() {
        CertificateView a = certificates.grantTitle(submittedCase(eligibleWelder("granta")));
        CertificateView b = certificates.grantTitle(submittedCase(eligibleWelder("grantb")));
        assertThat(a.certificateNumber()).isNotEqualTo(b.certificateNumber());
        assertThat(a.verificationCode()).isNotEqualTo(b.verificationCode());
    }

    @Test
    void thePdfNamesTheHolderAndCarriesTheNumberAndTheVerificationAddress() throws Exception {
        AccountView welder = eligibleWelder("grantpdf");
        CertificateView c = certificates.grantTitle(submittedCase(welder));

        byte[] pdf = as(welder, () -> certificates.pdf(c.certificateNumber()));

        PdfReader reader = new PdfReader(pdf);
        String extracted = new PdfTextExtractor(reader).getTextFromPage(1);
        String decoded = PdfStrings.of(reader, 1);
        reader.close();
        assertThat(extracted).contains(c.certificateNumber(), c.holderIdMasked());
        // the address may wrap where its code has a dash: read it without the line breaks
        assertThat(extracted.replaceAll("\\s+", "")).contains("/verify/" + c.verificationCode());
        // OpenPDF's extractor skips text in the non-embedded CJK font; its own font decoder reads it through ToUnicode
        assertThat(decoded).contains(c.certificateNumber(), welder.displayName(), "工程技术", "中级", "发证机关",
                "浙江省人力资源和社会保障厅");
    }

    @Test
    void anApplicantNeverGetsAnotherApplicantsPdfButAnAdministratorGetsAny() {
        CertificateView c = certificates.grantTitle(submittedCase(eligibleWelder("grantown")));
        AccountView other = newAccount("grantother", Role.APPLICANT);

        assertThatThrownBy(() -> as(other, () -> certificates.pdf(c.certificateNumber())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> certificates.pdf("ZJZC-1999-000000")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(newAccount("grantrev", Role.REVIEWER), () -> certificates.pdf(c.certificateNumber())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(other, () -> certificates.mine())).isEmpty();
        assertThat(as(newAccount("grantadm", Role.ADMIN), () -> certificates.pdf(c.certificateNumber()))).isNotEmpty();
    }

    @Test
    void onlyIntegrityOfficersAndAdministratorsVoidACertificateAndOnlyOnce() {
        AccountView welder = eligibleWelder("grantvoid");
        CertificateView c = certificates.grantTitle(submittedCase(welder));

        assertThatThrownBy(() -> as(welder, () -> certificates.voidCertificate(c.certificateNumber(), "不要了")))
                .isInstanceOf(AccessDeniedException.class);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> certificates.voidCertificate(c.certificateNumber(), "系统调用"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        AccountView officer = newAccount("grantint", Role.INTEGRITY_OFFICER);
        CertificateView voided = as(officer, () -> certificates.voidCertificate(c.certificateNumber(), "伪造业绩材料"));

        assertThat(voided.status()).isEqualTo(CertificateStatus.VOID);
        assertThat(voided.voidedAt()).isNotNull();
        assertThatThrownBy(() -> as(officer, () -> certificates.voidCertificate(c.certificateNumber(), "again")))
                .isInstanceOf(InvalidInputException.class);
        Verification v = certificates.verify(c.verificationCode());
        assertThat(v.result()).isEqualTo(Verification.Result.VOID);
        assertThat(v.voidedOn()).isEqualTo(LocalDate.now());
        assertThat(v.toString()).doesNotContain("伪造业绩材料");
    }

    @Test
    void theDatabaseRefusesAnyChangeButVoidingAndNeverDeletes() {
        CertificateView c = certificates.grantTitle(submittedCase(eligibleWelder("granttrig")));

        assertThatThrownBy(() -> jdbc.update("update tb.certificate set holder_name = 'x' where certificate_number = ?",
                c.certificateNumber())).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from tb.certificate where certificate_number = ?", c.certificateNumber()))
                .isInstanceOf(DataAccessException.class);
        jdbc.update("update tb.certificate set status = 'VOID', void_reason = 'r', voided_at = now(), voided_by = 't' "
                + "where certificate_number = ?", c.certificateNumber());
        assertThatThrownBy(() -> jdbc.update("update tb.certificate set status = 'VALID', void_reason = null, voided_at = null, "
                + "voided_by = null where certificate_number = ?", c.certificateNumber())).isInstanceOf(DataAccessException.class);
    }

    @Test
    void verifyingAnUnknownOrMalformedCodeFindsNothing() {
        assertThat(certificates.verify("AAAAAAAAAAAAAAAAAAAAAA").result()).isEqualTo(Verification.Result.NOT_FOUND);
        assertThat(certificates.verify("' or 1=1 --").result()).isEqualTo(Verification.Result.NOT_FOUND);
        assertThat(certificates.verify(null).result()).isEqualTo(Verification.Result.NOT_FOUND);
    }

    @Test
    void theVerificationMasksTheHolderName() {
        assertThat(Verification.maskName("王焊")).isEqualTo("王*");
        assertThat(Verification.maskName("欧阳明月")).isEqualTo("欧***");
    }
}
