package org.talentbridge.account.token;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document describes the bearer scheme beside HTTP Basic: every operation that accepts Basic accepts an
 * API token as well (either one). A global customizer: springdoc applies it to the default document and to any group.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenOpenApi {

    static final String SCHEME = "bearer";

    @Bean
    GlobalOpenApiCustomizer bearerScheme() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("opaque: tb_ and 43 base64url characters")
                    .description("""
                            An API token an administrator issued for an account (POST /api/admin/api-tokens or the \
                            accounts screen): Authorization: Bearer <token>. It acts as that account with its roles. \
                            The fast path: a token is checked with SHA-256 and cached for seconds, while HTTP Basic \
                            checks the password with BCrypt on every request (the slow path, for trying the API by \
                            hand). Wrong, expired or revoked: 401 with WWW-Authenticate: Bearer error="invalid_token"; \
                            more than app.api-tokens.requests-per-second per token and node: 429 with Retry-After."""));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().values().stream().map(PathItem::readOperations).flatMap(List::stream)
                    .filter(op -> op.getSecurity() != null && op.getSecurity().stream().anyMatch(r -> r.containsKey("basic")))
                    .forEach(op -> {
                        List<SecurityRequirement> either = new ArrayList<>(op.getSecurity());
                        either.add(new SecurityRequirement().addList(SCHEME));
                        op.setSecurity(either);
                    });
        };
    }
}
