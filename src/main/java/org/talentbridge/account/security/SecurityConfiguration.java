package org.talentbridge.account.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.talentbridge.account.Role;
import org.talentbridge.account.ui.LoginView;
import org.talentbridge.shared.web.DatabaseDownEntryPoint;

/**
 * Four filter chains, most specific first:
 * <ol>
 *   <li>Camunda's REST API ({@code /engine-rest/**}): HTTP Basic, ADMIN only, stateless.</li>
 *   <li>Camunda's webapps ({@code /camunda/**}): the Talent Bridge session, ADMIN only; the webapps trust it (SSO).</li>
 *   <li>Our REST API ({@code /api/**}) and actuator: public where documented, otherwise HTTP Basic, stateless; a missing
 *       or wrong password is a 401 with a Basic challenge (cases and tasks for other systems live here too).</li>
 *   <li>Everything else is the Vaadin UI, with view-level {@code @RolesAllowed}.</li>
 * </ol>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ADMIN))
                .httpBasic(b -> b.realmName("Talent Bridge engine"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // the webapps protect themselves with their own CSRF token filter
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, DatabaseDownEntryPoint databaseDown) throws Exception {
        AuthenticationEntryPoint entryPoint = databaseDown.before(apiEntryPoint()); // accounts unreadable: 503, not 401
        return http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/api/**"),
                        withDefaults().matcher("/actuator/**"), withDefaults().matcher("/v3/api-docs/**"),
                        withDefaults().matcher("/v3/api-docs")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(withDefaults().matcher("/actuator/health"),
                                withDefaults().matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/**")).hasRole(ADMIN)
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/catalog/**")).permitAll()
                        // certificate verification by the code printed on it: public
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/verify/**")).permitAll()
                        // screening is public without an ID number; with one the controller asks for sign-in
                        .requestMatchers(withDefaults().matcher(HttpMethod.POST, "/api/screening/**")).permitAll()
                        .requestMatchers(withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/v3/api-docs")).permitAll()
                        // cases and tasks for other systems: the caller's own account; the services check the roles
                        .requestMatchers(withDefaults().matcher("/api/cases"), withDefaults().matcher("/api/cases/**"),
                                withDefaults().matcher("/api/tasks"), withDefaults().matcher("/api/tasks/**")).authenticated()
                        .anyRequest().authenticated())
                // 401 with a Basic challenge, never a redirect to the sign-in page
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    private static BasicAuthenticationEntryPoint apiEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Talent Bridge");
        return entryPoint;
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadin(HttpSecurity http) throws Exception {
        // error dispatches (a 401 from another chain, say) render as they are instead of bouncing to the login page
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(withDefaults().matcher("/styles/**"), withDefaults().matcher("/images/**"),
                        withDefaults().matcher("/swagger-ui/**"), withDefaults().matcher("/swagger-ui.html")).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class, "/")).build();
    }

    /** The Camunda webapps take the signed-in Talent Bridge user (and roles as groups) instead of their own login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityCamundaAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after Spring Security's chain
        return registration;
    }
}
