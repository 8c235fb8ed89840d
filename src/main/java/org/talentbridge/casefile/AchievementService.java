package org.talentbridge.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.casefile.internal.RecordsRepository;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InputValidator;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * Achievements (业绩, T5) and training hours (T2.5) on the applicant's own profile, each able to carry documents, and
 * frozen with every submission. They are evidence for the people who judge a case; no rule of screening reads them.
 */
@Service
public class AchievementService {

    private final RecordsRepository records;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    AchievementService(RecordsRepository records, CurrentUser currentUser, InputValidator validator, AuditLog audit,
                       ObjectMapper json, ObjectProvider<Clock> clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.validator = validator;
        this.audit = audit;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public CaseRecords mine() {
        long me = currentUser.require().id();
        return new CaseRecords(records.achievements(me), records.training(me));
    }

    /** Refused field by field; for 传技带徒 the apprentices' names, the period (end not before start) and the outcome. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long addAchievement(AchievementInput input) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(input));
        if (input.kind() == AchievementKind.APPRENTICES) {
            if (input.apprenticeNames() == null || input.apprenticeNames().isBlank()) {
                problems.add(new FieldProblem("apprenticeNames", "validation.required"));
            }
            if (input.apprenticeFrom() == null) {
                problems.add(new FieldProblem("apprenticeFrom", "validation.required"));
            }
            if (input.apprenticeOutcome() == null || input.apprenticeOutcome().isBlank()) {
                problems.add(new FieldProblem("apprenticeOutcome", "validation.required"));
            }
        }
        if (input.apprenticeFrom() != null && input.apprenticeTo() != null && input.apprenticeTo().isBefore(input.apprenticeFrom())) {
            problems.add(new FieldProblem("apprenticeTo", "validation.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = records.insertAchievement(currentUser.require().id(), input, now());
        audit.record("profile.achievement.added", "profile:" + AuditLog.currentActor(), input.kind() + " " + input.achievedOn());
        return id;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeAchievement(long id) {
        requireOwn(records.ownerOfAchievement(id).orElse(null));
        records.removeAchievement(id, now());
        audit.record("profile.achievement.removed", "profile:" + AuditLog.currentActor(), "id=" + id);
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public long addTraining(TrainingInput input) {
        List<FieldProblem> problems = new ArrayList<>(validator.problemsOf(input));
        if (input.year() != null && input.year() > LocalDate.now(clock).getYear()) {
            problems.add(new FieldProblem("year", "validation.yearInFuture"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = records.insertTraining(currentUser.require().id(), input, now());
        audit.record("profile.training.added", "profile:" + AuditLog.currentActor(), input.year() + " " + input.hours());
        return id;
    }

    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void removeTraining(long id) {
        requireOwn(records.ownerOfTraining(id).orElse(null));
        records.removeTraining(id, now());
        audit.record("profile.training.removed", "profile:" + AuditLog.currentActor(), "id=" + id);
    }

    /** Whether an achievement or training record exists and is the account's own (documents go only on one's own). */
    boolean owns(long accountId, ItemRef item) {
        try {
            long id = Long.parseLong(item.key());
            Long owner = item.kind() == ItemKind.ACHIEVEMENT ? records.ownerOfAchievement(id).orElse(null)
                    : records.ownerOfTraining(id).orElse(null);
            return owner != null && owner == accountId;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Freezes the applicant's achievements and training with a submission (inside the submission's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    void freeze(String caseNumber, int submissionNo, long applicantAccountId) {
        try {
            records.freeze(caseNumber, submissionNo, json.writeValueAsString(records.achievements(applicantAccountId)),
                    json.writeValueAsString(records.training(applicantAccountId)), now());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the case's latest submission froze (no access check: the caller has checked the case). */
    CaseRecords frozen(String caseNumber) {
        return records.latestFrozen(caseNumber).map(j -> {
            try {
                return new CaseRecords(json.readValue(j[0], new TypeReference<List<Achievement>>() { }),
                        json.readValue(j[1], new TypeReference<List<TrainingRecord>>() { }));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }).orElse(CaseRecords.NONE);
    }

    private void requireOwn(Long owner) {
        if (owner == null || owner.longValue() != currentUser.require().id()) {
            throw new AccessDeniedException("not your profile entry");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
