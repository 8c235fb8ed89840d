package org.talentbridge.equivalence;

import java.time.OffsetDateTime;
import java.util.List;
import org.talentbridge.shared.policy.TechnicalSchoolClass;

/**
 * A request for an exam-registration equivalence confirmation and its answer, as the requester and exam offices see
 * it (the ID number masked).
 *
 * @param schoolClass      the class the person's profile recorded when asked (null: none recorded)
 * @param educationLevel   for a granted request, the education level the class counts as (SECONDARY_VOCATIONAL …)
 * @param ruleId           the rule that decided: Q (the decision table) or I (an active integrity-file entry)
 * @param reasonKey        i18n key of the answer; {@code reasonArgs} that start with {@code @} are keys themselves
 * @param certificateNumber the confirmation issued (granted requests only), verifiable with {@code verificationCode}
 * @param repeated         true when this answer is an earlier confirmation returned for the same request again
 */
public record EquivalenceConfirmation(String requestNumber, String personName, String personIdMasked,
                                      TechnicalSchoolClass schoolClass, ExamField examField, boolean granted,
                                      String educationLevel, String ruleId, String reasonKey, List<String> reasonArgs,
                                      String rulesVersion, String requestedBy, OffsetDateTime requestedAt,
                                      String certificateNumber, String verificationCode, boolean certificateValid,
                                      boolean repeated) {

    EquivalenceConfirmation asRepeated() {
        return new EquivalenceConfirmation(requestNumber, personName, personIdMasked, schoolClass, examField, granted,
                educationLevel, ruleId, reasonKey, reasonArgs, rulesVersion, requestedBy, requestedAt, certificateNumber,
                verificationCode, certificateValid, true);
    }
}
