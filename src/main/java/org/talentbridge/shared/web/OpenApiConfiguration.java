package org.talentbridge.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/**}: {@code /v3/api-docs} (JSON) and {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI talentBridgeApi() {
        return new OpenAPI()
                .info(new Info().title("Talent Bridge API").version("1")
                        .description("""
                                Eligibility screening by the rules of 浙人社发〔2022〕77号 (rule ids as in PRODUCT.md), the \
                                occupation catalog, and title cases and review tasks for other systems (HTTP Basic with the \
                                caller's own account; 401 carries a Basic challenge). Errors: HTTP 400 with \
                                {"status","message","errors":[{"field","message"}]}; messages follow Accept-Language \
                                (zh-CN default, en)."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
