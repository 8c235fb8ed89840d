package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;

/** Typed screening requests for in-process tests. */
final class TitleRequestBuilderJava {

    private TitleRequestBuilderJava() {
    }

    /** A welder, technician with two full years of work after the certificate, applying for INTERMEDIATE. */
    static TitleScreeningRequest technicianWithTwoYears(LocalDate ref) {
        LocalDate certificate = ref.minusYears(2).minusDays(1);
        int y = ref.getYear();
        return new TitleScreeningRequest(ref, "焊工", "工程技术", TitleLevel.INTERMEDIATE,
                List.of(new TitleScreeningRequest.HeldSkillLevel(SkillLevel.TECHNICIAN, "焊工", certificate)),
                List.of(new TitleScreeningRequest.Work(certificate.minusYears(1), null, "焊工", true)),
                List.of(new TitleScreeningRequest.Assessment(y - 3, AssessmentResult.QUALIFIED),
                        new TitleScreeningRequest.Assessment(y - 2, AssessmentResult.QUALIFIED),
                        new TitleScreeningRequest.Assessment(y - 1, AssessmentResult.QUALIFIED)),
                List.of(), true, null);
    }
}
