package org.talentbridge.skilleval;

import jakarta.validation.constraints.NotNull;

/** ADMIN opens an evaluator account for one organisation (username, name and password checked as for any staff account). */
public record EvaluatorRequest(@NotNull(message = "{validation.required}") Long organisationId,
                               String username, String displayName, String password) {
}
