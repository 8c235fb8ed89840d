package org.talentbridge.eligibility.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.talentbridge.account.AccountService;
import org.talentbridge.account.Role;
import org.talentbridge.shared.validation.ChineseIdNumber;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.talentbridge.eligibility.DecisionTables;
import org.springframework.web.bind.annotation.RestController;
import org.talentbridge.eligibility.ExamEquivalence;
import org.talentbridge.eligibility.ExamEquivalenceRequest;
import org.talentbridge.eligibility.ExamEquivalenceResponse;
import org.talentbridge.eligibility.ScreeningMessages;
import org.talentbridge.eligibility.SkillScreening;
import org.talentbridge.eligibility.SkillScreeningRequest;
import org.talentbridge.eligibility.SkillScreeningResponse;
import org.talentbridge.eligibility.TitleScreening;
import org.talentbridge.eligibility.TitleScreeningRequest;
import org.talentbridge.eligibility.TitleScreeningResponse;
import org.talentbridge.eligibility.TitleScreeningResult;
import org.talentbridge.shared.web.AuthenticationRequiredException;

/**
 * The public screening API (PRODUCT.md "Screening API"): nothing is stored, no case is created. Anonymous
 * callers may screen without an ID number; with one, the caller must be authenticated (HTTP Basic) and the
 * integrity file is consulted. Messages follow Accept-Language (Chinese by default).
 */
@RestController
@RequestMapping("/api/screening")
@Tag(name = "screening", description = "Eligibility screening by the versioned rules of 浙人社发〔2022〕77号")
class ScreeningController {

    private final TitleScreening title;
    private final SkillScreening skill;
    private final ExamEquivalence exam;
    private final ScreeningMessages messages;
    private final AccountService accounts;
    private final DecisionTables tables;

    /** Roles that may screen any person's ID number (they act for applicants). */
    private static final Set<String> SCREENING_STAFF = Set.of(Role.REVIEWER.authority(), Role.COMMITTEE_SECRETARY.authority(),
            Role.INTEGRITY_OFFICER.authority(), Role.ADMIN.authority());

    ScreeningController(TitleScreening title, SkillScreening skill, ExamEquivalence exam, ScreeningMessages messages,
                        AccountService accounts, DecisionTables tables) {
        this.accounts = accounts;
        this.tables = tables;
        this.title = title;
        this.skill = skill;
        this.exam = exam;
        this.messages = messages;
    }

    @PostMapping("/title")
    @Operation(summary = "Pathway T: may a high-skilled worker apply for a professional title, and up to which level?",
            security = @SecurityRequirement(name = "basic"))
    TitleScreeningResponse title(@Valid @RequestBody TitleScreeningRequest request, @RulesVersionParam
                                 @RequestParam(name = "rulesVersion", required = false) String rulesVersion, Locale locale) {
        requireSignInFor(request.idNumber());
        TitleScreeningResult r = rulesVersion == null ? title.screen(request) : title.screen(request, named(rulesVersion));
        return new TitleScreeningResponse(r.eligible(), r.maxLevel(), r.route(), r.series(), r.needsSeriesDecision(),
                r.reasons().stream().map(c -> new TitleScreeningResponse.Reason(c.rule(), messages.render(c, locale))).toList(),
                r.rulesVersion());
    }

    @PostMapping("/skill")
    @Operation(summary = "Pathway S: may a titled professional apply for a skill level, which one, and through which channel?",
            security = @SecurityRequirement(name = "basic"))
    SkillScreeningResponse skill(@Valid @RequestBody SkillScreeningRequest request, @RulesVersionParam
                                 @RequestParam(name = "rulesVersion", required = false) String rulesVersion, Locale locale) {
        requireSignInFor(request.idNumber());
        return (rulesVersion == null ? skill.screen(request) : skill.screen(request, named(rulesVersion))).toResponse(messages, locale);
    }

    @PostMapping("/exam-equivalence")
    @Operation(summary = "Pathway Q: which education level a technical-school class counts as for a qualification exam")
    ExamEquivalenceResponse examEquivalence(@Valid @RequestBody ExamEquivalenceRequest request, @RulesVersionParam
                                            @RequestParam(name = "rulesVersion", required = false) String rulesVersion,
                                            Locale locale) {
        return (rulesVersion == null ? exam.decide(request) : exam.decide(request, named(rulesVersion))).toResponse(messages, locale);
    }

    /** A named version; a draft only for staff signed in (anyone else: 400 naming {@code rulesVersion}). */
    private DecisionTables.InForce named(String rulesVersion) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && auth.getAuthorities().stream().anyMatch(a -> SCREENING_STAFF.contains(a.getAuthority()));
        return tables.named(rulesVersion, staff);
    }

    /**
     * An ID number needs a signed-in caller. Staff who screen on behalf of others may name anyone; an applicant
     * only themselves, so that nobody can probe another person's integrity record.
     */
    private void requireSignInFor(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationRequiredException();
        }
        boolean staff = auth.getAuthorities().stream().anyMatch(a -> SCREENING_STAFF.contains(a.getAuthority()));
        if (!staff && !accounts.findByUsername(auth.getName())
                .map(a -> ChineseIdNumber.normalise(idNumber).equals(a.idNumber())).orElse(false)) {
            throw new AccessDeniedException("an applicant may screen only their own ID number");
        }
    }
}
