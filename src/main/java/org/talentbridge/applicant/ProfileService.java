package org.talentbridge.applicant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.catalog.CatalogService;
import org.talentbridge.catalog.OccupationView;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The applicant's profile. Applicants read and change only their own ("my") profile; every change is
 * validated field by field (messages in the user's language) and written to the audit trail.
 */
@Service
public class ProfileService {

    private final ApplicantProfileRepository profiles;
    private final SkillCertificateRepository certificates;
    private final ProfessionalTitleRepository titles;
    private final WorkPeriodRepository workPeriods;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditLog audit;
    private final Clock clock;

    ProfileService(ApplicantProfileRepository profiles, SkillCertificateRepository certificates,
                   ProfessionalTitleRepository titles, WorkPeriodRepository workPeriods, CatalogService catalog,
                   CurrentUser currentUser, InputValidator validator, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.profiles = profiles;
        this.certificates = certificates;
        this.titles = titles;
        this.workPeriods = workPeriods;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public ProfileSnapshot myProfile() {
        return snapshotOf(currentUser.require().id());
    }

    private ProfileSnapshot snapshotOf(Long accountId) {
        ApplicantProfile p = profiles.findById(accountId).orElseGet(() -> new ApplicantProfile(accountId));
        return new ProfileSnapshot(accountId, p.getEmployerName(), p.isEmployerAccredited(),
                p.isPublicInstitutionStaff(), p.getTechnicalSchoolClass(),
                certificates.findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(accountId).stream().map(SkillCertificate::view).toList(),
                titles.findByAccountIdAndVoidedAtIsNullOrderByObtainedOnAsc(accountId).stream().map(ProfessionalTitle::view).toList(),
                workPeriods.findByAccountIdOrderByFromAsc(accountId).stream().map(WorkPeriod::view).toList(),
                p.getAssessments().stream().map(a -> new ProfileSnapshot.Assessment(a.getYear(), a.getResult())).toList(),
                p.getAwards().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(p.getAwards())));
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void saveFacts(EmployerFacts facts) {
        validator.check(facts);
        profileOfCaller().setFacts(facts);
        record("profile.facts", facts.toString());
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void saveAwards(Set<Award> awards) {
        profileOfCaller().setAwards(awards == null ? Set.of() : awards);
        record("profile.awards", String.valueOf(awards));
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ProfileSnapshot.Certificate addCertificate(CertificateInput input) {
        validator.check(input);
        ApplicantProfile profile = profileOfCaller();
        String code = catalog.findByName(input.occupationName()).map(OccupationView::code).orElse(null);
        SkillCertificate saved = certificates.save(new SkillCertificate(profile.getAccountId(), input, code));
        record("profile.certificate.added", input.level() + " " + input.occupationName() + " " + input.certificateNumber());
        return saved.view();
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeCertificate(Long id) {
        SkillCertificate certificate = owned(certificates.findById(id).orElse(null), SkillCertificate::getAccountId);
        if (certificate.isGranted()) {
            throw InvalidInputException.of("id", "validation.grantedRecord");
        }
        certificates.delete(certificate);
        record("profile.certificate.removed", "id=" + id);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ProfileSnapshot.Title addTitle(TitleInput input) {
        validator.check(input);
        if (!catalog.seriesNames().contains(input.series().strip())) {
            throw InvalidInputException.of("series", "validation.unknownSeries");
        }
        ApplicantProfile profile = profileOfCaller();
        ProfessionalTitle saved = titles.save(new ProfessionalTitle(profile.getAccountId(), input));
        record("profile.title.added", input.level() + " " + input.series());
        return saved.view();
    }

    /**
     * Adds a title the system granted (a certificate was issued for it) to an applicant's record. A system method:
     * called by the certificate module when a case is granted, never from a screen or the API.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void recordGrantedTitle(Long accountId, TitleLevel level, String series, LocalDate obtainedOn,
                                   String caseNumber) {
        if (!profiles.existsById(accountId)) {
            profiles.save(new ApplicantProfile(accountId));
        }
        titles.save(ProfessionalTitle.granted(accountId, new TitleInput(level, series, obtainedOn), caseNumber));
        audit.record("profile.title.granted", "profile:" + accountId, level + " " + series + " " + caseNumber);
    }

    /**
     * Adds a skill level the system granted (pathway S: a certificate was issued for it) to an applicant's record, with
     * the case that granted it. A system method: called by the certificate module, never from a screen or the API.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void recordGrantedSkillLevel(Long accountId, SkillLevel level, String occupationName, LocalDate obtainedOn,
                                        String certificateNumber, String issuingBody, String caseNumber) {
        if (!profiles.existsById(accountId)) {
            profiles.save(new ApplicantProfile(accountId));
        }
        String code = catalog.findByName(occupationName).map(OccupationView::code).orElse(null);
        certificates.save(SkillCertificate.granted(accountId,
                new CertificateInput(level, occupationName, obtainedOn, certificateNumber, issuingBody), code, caseNumber));
        audit.record("profile.skillLevel.granted", "profile:" + accountId, level + " " + occupationName + " " + caseNumber);
    }

    /**
     * Voids every title and skill level these cases granted (rule I: a confirmed integrity finding). The records stay
     * on the profile's history but no longer count as evidence. A system method, inside the finding's transaction.
     *
     * @return how many records were voided now
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public int voidRecordsGrantedBy(java.util.Collection<String> caseNumbers, String reason) {
        if (caseNumbers.isEmpty()) {
            return 0;
        }
        int voided = titles.voidGrantedBy(caseNumbers, reason) + certificates.voidGrantedBy(caseNumbers, reason);
        if (voided > 0) {
            audit.record("profile.records.voided", "cases:" + String.join(",", caseNumbers), reason);
        }
        return voided;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeTitle(Long id) {
        ProfessionalTitle title = owned(titles.findById(id).orElse(null), ProfessionalTitle::getAccountId);
        if (title.isGranted()) {
            throw InvalidInputException.of("id", "validation.grantedRecord");
        }
        titles.delete(title);
        record("profile.title.removed", "id=" + id);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public ProfileSnapshot.Work addWorkPeriod(WorkPeriodInput input) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(input));
        if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
            problems.add(new FieldProblem("to", "validation.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ApplicantProfile profile = profileOfCaller();
        WorkPeriod saved = workPeriods.save(new WorkPeriod(profile.getAccountId(), input));
        record("profile.work.added", input.employer() + " " + input.from() + ".." + input.to());
        return saved.view();
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeWorkPeriod(Long id) {
        workPeriods.delete(owned(workPeriods.findById(id).orElse(null), WorkPeriod::getAccountId));
        record("profile.work.removed", "id=" + id);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void addAssessment(AssessmentInput input) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(input));
        ApplicantProfile profile = profileOfCaller();
        if (input.year() != null && input.year() > Year.now(clock).getValue()) {
            problems.add(new FieldProblem("year", "validation.yearInFuture"));
        } else if (input.year() != null && profile.hasAssessmentFor(input.year())) {
            problems.add(new FieldProblem("year", "validation.assessmentYearTaken", input.year()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        profile.addAssessment(input.year(), input.result());
        record("profile.assessment.added", input.year() + " " + input.result());
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeAssessment(int year) {
        if (!profileOfCaller().removeAssessment(year)) {
            throw InvalidInputException.of("year", "validation.notFound");
        }
        record("profile.assessment.removed", String.valueOf(year));
    }

    private ApplicantProfile profileOfCaller() {
        Long accountId = currentUser.require().id();
        return profiles.findById(accountId).orElseGet(() -> profiles.save(new ApplicantProfile(accountId)));
    }

    /** Refuses to touch a row of somebody else's profile (or one that does not exist) without saying which. */
    private <T> T owned(T row, java.util.function.Function<T, Long> owner) {
        if (row == null || !owner.apply(row).equals(currentUser.require().id())) {
            throw new AccessDeniedException("not your profile entry");
        }
        return row;
    }

    /** The audit subject is the signed-in applicant's profile; their name needs no lookup. */
    private void record(String action, String details) {
        audit.record(action, "profile:" + AuditLog.currentActor(), details);
    }
}
