package org.talentbridge.rules.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.talentbridge.account.Role;
import org.talentbridge.rules.RulesVersionService;
import org.talentbridge.rules.RulesVersionView;

/** {@code GET /api/rules/versions}: the rules versions; anyone sees the active and superseded ones, staff all. */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "rules", description = "Rules versions: the decision tables of the policy with their effective dates")
class RulesController {

    /** Roles that see drafts and scheduled versions. */
    private static final List<String> STAFF = List.of(Role.ADMIN.authority(), Role.REVIEWER.authority(),
            Role.COMMITTEE_SECRETARY.authority(), Role.INTEGRITY_OFFICER.authority());

    /** One version in the list. */
    record VersionSummary(String name, RulesVersionView.State state, LocalDate effectiveFrom, String description,
                          List<RulesVersionView.TableRevision> tables) {
    }

    private final RulesVersionService versions;

    RulesController(RulesVersionService versions) {
        this.versions = versions;
    }

    @GetMapping("/versions")
    @Operation(summary = "The rules versions (name, state, effective date, table revisions), newest first; drafts and"
            + " scheduled versions only for signed-in staff", security = @SecurityRequirement(name = "basic"))
    List<VersionSummary> versions() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && auth.getAuthorities().stream().anyMatch(a -> STAFF.contains(a.getAuthority()));
        return versions.versions(staff).stream()
                .map(v -> new VersionSummary(v.name(), v.state(), v.effectiveFrom(), v.description(), v.tables())).toList();
    }
}
