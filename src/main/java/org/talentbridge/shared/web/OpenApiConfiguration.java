package org.talentbridge.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/**}: {@code /v3/api-docs} (JSON) and {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI talentBridgeApi(ApiLimits limits) {
        return new OpenAPI()
                .info(new Info().title("Talent Bridge API").version("1")
                        .description("""
                                Eligibility screening by the rules of 浙人社发〔2022〕77号 (rule ids as in PRODUCT.md), the \
                                occupation catalog, and title cases and review tasks for other systems (HTTP Basic with the \
                                caller's own account; 401 carries a Basic challenge). Errors: HTTP 400 with \
                                {"status","message","errors":[{"field","message"}]}; messages follow Accept-Language \
                                (zh-CN default, en). Request bodies are JSON (Content-Type application/json, UTF-8; otherwise \
                                415) of at most %d KB (otherwise 413); every list holds at most %d items (maxItems); an answer \
                                lists at most %d errors and counts the rest in omittedErrors; texts must not contain U+0000; \
                                an Accept header must admit application/json (otherwise 406); 503 with Retry-After when the \
                                database is out of reach.""".formatted(limits.maxBodySize().toKilobytes(),
                                limits.maxListItems(), limits.maxErrors())))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }

    /** Every list reachable from a request body documents {@link ApiLimits#maxListItems()} as its maxItems. */
    @Bean
    OpenApiCustomizer listLimits(ApiLimits limits) {
        return api -> {
            Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                    ? Map.of() : api.getComponents().getSchemas();
            Set<String> seen = new HashSet<>();
            if (api.getPaths() != null) {
                api.getPaths().values().stream().map(PathItem::readOperations).flatMap(java.util.List::stream)
                        .filter(op -> op.getRequestBody() != null && op.getRequestBody().getContent() != null)
                        .flatMap(op -> op.getRequestBody().getContent().values().stream())
                        .forEach(media -> limit(media.getSchema(), components, seen, limits.maxListItems()));
            }
        };
    }

    @SuppressWarnings("rawtypes")
    private static void limit(Schema<?> schema, Map<String, Schema> components, Set<String> seen, int max) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (seen.add(name)) {
                limit(components.get(name), components, seen, max);
            }
            return;
        }
        boolean array = "array".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("array");
        if (array) {
            schema.setMaxItems(max);
            limit(schema.getItems(), components, seen, max);
        }
        if (schema.getProperties() != null) {
            for (Object property : schema.getProperties().values()) {
                limit((Schema<?>) property, components, seen, max);
            }
        }
    }
}
