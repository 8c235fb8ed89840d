package org.talentbridge.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.applicant.EmployerFacts;
import org.talentbridge.equivalence.EquivalenceConfirmation;
import org.talentbridge.equivalence.EquivalenceService;
import org.talentbridge.equivalence.ExamField;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/** The PDF of an exam-registration equivalence confirmation (pathway Q) has its own wording. */
class EquivalenceCertificatePdfTest extends IntegrationTest {

    @Autowired
    private EquivalenceService equivalence;

    @Test
    void theConfirmationPdfSaysWhichClassCountsAsWhatForWhichExam() throws Exception {
        AccountView graduate = newAccount("qpdf", Role.APPLICANT);
        EquivalenceConfirmation c = as(graduate, () -> {
            profiles.saveFacts(new EmployerFacts(SHIPYARD, false, false, TechnicalSchoolClass.PRE_TECHNICIAN_CLASS));
            return equivalence.requestForMyself(ExamField.STATISTICS);
        });

        byte[] pdf = as(graduate, () -> equivalence.pdf(c.requestNumber()));

        PdfReader reader = new PdfReader(pdf);
        String decoded = PdfStrings.of(reader, 1);
        reader.close();
        assertThat(decoded).contains("报考条件等同确认书", c.certificateNumber(), c.requestNumber(), graduate.displayName(),
                "预备技师（技师）班", "统计专业技术资格考试", "本科",
                graduate.displayName() + "系技工院校预备技师（技师）班毕业，报考统计专业技术资格考试时视同本科学历。");
    }
}
