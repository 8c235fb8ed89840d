package org.talentbridge.skilleval;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.certificate.CertificateView;
import org.talentbridge.shared.policy.TitleLevel;

/** A case page: the case, for a direct application (S5) its evidence and the admission review, the profile frozen with it, its screening, the assessment and, after a pass, the certificate. */
public record SkillCaseDetails(SkillCaseSummary summary, OrganisationKind preferredChannel, String relatedMajor,
                               Boolean theoryExempt, String statusReason, Optional<SkillScreeningRecord> screening,
                               Integer operationalScore, Boolean operationalPassed, Integer theoryScore,
                               Boolean theoryPassed, Boolean passed, String assessedBy, OffsetDateTime assessedAt,
                               Optional<CertificateView> certificate, Optional<TitleLevel> treatedAs,
                               ProfileSnapshot evidence, boolean mine, boolean direct,
                               java.util.List<org.talentbridge.casefile.ItemRef> directEvidence, Boolean admitted,
                               String admissionReason, String admissionDecidedBy, OffsetDateTime admissionDecidedAt) {
}
