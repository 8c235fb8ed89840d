package org.talentbridge.applicant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casefile.ItemRef;
import org.talentbridge.casefile.ProfileItems;
import org.talentbridge.shared.policy.Award;

/** Tells the case file whether a profile item exists and is the account's own (documents go only on one's own items). */
@Component
class ProfileItemOwnership implements ProfileItems {

    private final ApplicantProfileRepository profiles;
    private final SkillCertificateRepository certificates;
    private final ProfessionalTitleRepository titles;
    private final WorkPeriodRepository workPeriods;

    ProfileItemOwnership(ApplicantProfileRepository profiles, SkillCertificateRepository certificates,
                         ProfessionalTitleRepository titles, WorkPeriodRepository workPeriods) {
        this.profiles = profiles;
        this.certificates = certificates;
        this.titles = titles;
        this.workPeriods = workPeriods;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean owns(long accountId, ItemRef item) {
        try {
            return switch (item.kind()) {
                case CERTIFICATE -> certificates.findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(accountId).stream()
                        .anyMatch(c -> c.view().id().equals(Long.valueOf(item.key())));
                case TITLE -> titles.findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(accountId).stream()
                        .anyMatch(t -> t.view().id().equals(Long.valueOf(item.key())));
                case WORK -> workPeriods.findById(Long.valueOf(item.key()))
                        .filter(w -> w.getAccountId().equals(accountId)).isPresent();
                case ASSESSMENT -> profiles.findById(accountId).filter(p -> p.hasAssessmentFor(Integer.parseInt(item.key()))).isPresent();
                case AWARD -> profiles.findById(accountId).filter(p -> p.getAwards().contains(Award.valueOf(item.key()))).isPresent();
                case ACHIEVEMENT, TRAINING -> false; // the case file's own items
            };
        } catch (IllegalArgumentException e) { // a key that is no id, year or award code
            return false;
        }
    }
}
