package org.talentbridge.account.security;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 13, item 12: the engine REST API ({@code /engine-rest/**}, HTTP Basic through Spring Security, ADMIN only) tells
 * the engine who calls it. Camunda's own filter, fed by the signed-in Talent Bridge user (roles as groups), sets the
 * IdentityService's authentication for the request and clears it afterwards, so that the user operation log records
 * the administrator for every change made through the REST API (and the engine's authorizations apply). The webapps
 * (Cockpit, Tasklist) already do the same through {@code SecurityConfiguration#camundaWebappSso}.
 */
@Configuration
class EngineRestAuthentication {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestIdentity() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SpringSecurityCamundaAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engineRestIdentity");
        registration.setOrder(101); // after Spring Security's chain, which has authenticated the caller
        return registration;
    }
}
