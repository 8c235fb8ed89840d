package org.talentbridge.eligibility.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The OpenAPI description of the {@code rulesVersion} query parameter of every screening endpoint. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(name = "rulesVersion", description = "screen under this rules version (GET /api/rules/versions) instead of the one"
        + " in force for the reference date; a draft only for signed-in staff; unknown: 400 naming rulesVersion",
        schema = @Schema(type = "string", maxLength = 64, example = "ZJ2022-77"))
@interface RulesVersionParam {
}
