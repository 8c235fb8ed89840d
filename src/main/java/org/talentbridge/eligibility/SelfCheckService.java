package org.talentbridge.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.applicant.ProfileService;
import org.talentbridge.shared.policy.TitleLevel;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/** "Can I apply, and for which level?": the applicant's own profile through the rules, nothing stored. */
@Service
public class SelfCheckService {

    private final ProfileService profiles;
    private final ProfileScreening screening;
    private final CurrentUser currentUser;
    private final TitleScreening rules;

    SelfCheckService(ProfileService profiles, ProfileScreening screening, CurrentUser currentUser, TitleScreening rules) {
        this.rules = rules;
        this.profiles = profiles;
        this.screening = screening;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public TitleScreeningResult title(String occupation, String series, TitleLevel target, LocalDate referenceDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (occupation == null || occupation.isBlank()) {
            problems.add(new FieldProblem("occupation", "validation.required"));
        } else {
            try {
                rules.resolveSeries(occupation, series);
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (target == null) {
            problems.add(new FieldProblem("targetLevel", "validation.required"));
        }
        if (referenceDate == null) {
            problems.add(new FieldProblem("referenceDate", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the declaration is signed when applying; the self-check shows what the rest of the rules say
        return screening.title(profiles.myProfile(), occupation.strip(), series, target, referenceDate, true,
                currentUser.require().idNumber());
    }
}
