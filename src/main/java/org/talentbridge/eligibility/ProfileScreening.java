package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.talentbridge.applicant.ProfileSnapshot;
import org.talentbridge.shared.policy.TitleLevel;

/**
 * Screening on a stored profile (a case's frozen evidence, or the applicant's own self-check): the same
 * rules as the public API, fed from the profile instead of a request body.
 */
@Service
public class ProfileScreening {

    private final TitleScreening title;

    ProfileScreening(TitleScreening title) {
        this.title = title;
    }

    public TitleScreeningResult title(ProfileSnapshot profile, String occupation, String series, TitleLevel target,
                                      LocalDate referenceDate, boolean ethicsDeclaration, String idNumber) {
        return title.screen(titleRequest(profile, occupation, series, target, referenceDate, ethicsDeclaration, idNumber));
    }

    public static TitleScreeningRequest titleRequest(ProfileSnapshot p, String occupation, String series, TitleLevel target,
                                                     LocalDate referenceDate, boolean ethicsDeclaration, String idNumber) {
        List<TitleScreeningRequest.HeldSkillLevel> skills = p.certificates().stream()
                .map(c -> new TitleScreeningRequest.HeldSkillLevel(c.level(), c.occupationName(), c.obtainedOn())).toList();
        List<TitleScreeningRequest.Work> work = p.workPeriods().stream()
                .map(w -> new TitleScreeningRequest.Work(w.from(), w.to(), w.occupationName(), w.technicalSkillWork())).toList();
        List<TitleScreeningRequest.Assessment> assessments = p.assessments().stream()
                .map(a -> new TitleScreeningRequest.Assessment(a.year(), a.result())).toList();
        return new TitleScreeningRequest(referenceDate, occupation, series, target, skills, work, assessments,
                List.copyOf(p.awards()), ethicsDeclaration, idNumber);
    }
}
