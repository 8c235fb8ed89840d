package org.talentbridge.applicant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.talentbridge.shared.policy.AssessmentResult;
import org.talentbridge.shared.policy.Award;
import org.talentbridge.shared.policy.SkillLevel;
import org.talentbridge.shared.policy.TechnicalSchoolClass;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * The whole profile as a value: what screens show, what screening reads, and what a submitted case freezes
 * (serialised as JSON with the case, so later profile edits do not change it).
 */
public record ProfileSnapshot(
        Long accountId,
        String employerName,
        boolean employerAccredited,
        boolean publicInstitutionStaff,
        TechnicalSchoolClass technicalSchoolClass,
        List<Certificate> certificates,
        List<Title> titles,
        List<Work> workPeriods,
        List<Assessment> assessments,
        Set<Award> awards) {

    public record Certificate(Long id, SkillLevel level, String occupationCode, String occupationName,
                              LocalDate obtainedOn, String certificateNumber, String issuingBody) {
    }

    public record Title(Long id, TitleLevel level, String series, LocalDate obtainedOn) {
    }

    public record Work(Long id, String employer, String occupationName, LocalDate from, LocalDate to,
                       boolean technicalSkillWork) {
    }

    public record Assessment(int year, AssessmentResult result) {
    }
}
