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
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import org.springframework.context.annotation.Primary;
import org.talentbridge.shared.ui.ViewAccessControl;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;
import org.talentbridge.account.Role;
import org.talentbridge.account.ui.LoginView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.talentbridge.shared.web.ApiErrors;
import org.talentbridge.shared.web.DatabaseDownEntryPoint;
import org.talentbridge.shared.web.DatabaseUnavailable;

/**
 * Four filter chains, most specific first:
 * <ol>
 *   <li>Camunda's REST API ({@code /engine-rest/**}): HTTP Basic, ADMIN only, stateless.</li>
 *   <li>Camunda's webapps ({@code /camunda/**}): the Talent Bridge session, ADMIN only; the webapps trust it (SSO).</li>
 *   <li>Our REST API ({@code /api/**}) and actuator: public where documented, otherwise an API token ({@code
 *       Authorization: Bearer}, {@link BearerTokenFilter}) or HTTP Basic, stateless; no or wrong credentials are a 401
 *       with a Basic and a Bearer challenge (cases and tasks for other systems live here too).</li>
 *   <li>Everything else is the Vaadin UI, with view-level {@code @RolesAllowed}; the sign-in POST needs its CSRF
 *       token (Vaadin's own requests keep Vaadin's CSRF protection).</li>
 * </ol>
 * Every door checks passwords through one {@link ThrottledAuthenticationProvider} (brute-force protection, {@code
 * app.security.sign-in}); every chain sends the same security headers ({@code app.security.headers}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();

    private final SecurityProperties.Headers headers;
    private final int bcryptStrength;
    private final MessageSource messages;
    private final LocaleResolver locales;

    SecurityConfiguration(SecurityProperties properties, MessageSource messages, LocaleResolver locales) {
        this.headers = properties.headers();
        this.bcryptStrength = properties.bcryptStrength();
        this.messages = messages;
        this.locales = locales;
    }

    /** BCrypt with the work factor {@code app.security.bcrypt-strength} (the slow path: HTTP Basic pays it per request). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(bcryptStrength);
    }

    /** The only authentication provider: Spring Security uses it for every filter chain. */
    @Bean
    AuthenticationProvider throttledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                           SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }

    /** Content-Security-Policy, Referrer-Policy and Permissions-Policy (a header already set, as the Camunda webapps set
     * their own CSP, is left as it is). */
    private Customizer<HeadersConfigurer<HttpSecurity>.ContentSecurityPolicyConfig> csp() {
        return c -> c.policyDirectives(headers.contentSecurityPolicy());
    }

    private HttpSecurity withSecurityHeaders(HttpSecurity http) throws Exception {
        return http.headers(h -> h.contentSecurityPolicy(csp())
                .addHeaderWriter(new StaticHeadersWriter("Referrer-Policy", headers.referrerPolicy()))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", headers.permissionsPolicy())));
    }

    private AuthenticationEntryPoint throttleAware(AuthenticationEntryPoint challenge) {
        return new ThrottleAwareEntryPoint(challenge, messages, locales);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, DatabaseDownEntryPoint databaseDown) throws Exception {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Talent Bridge engine");
        return withSecurityHeaders(http).securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ADMIN))
                // accounts unreadable (PostgreSQL down): 503 within seconds, as on /api, not a misleading 401
                .httpBasic(b -> b.authenticationEntryPoint(throttleAware(databaseDown.before(challenge))))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return withSecurityHeaders(http).securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(ADMIN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // the webapps protect themselves with their own CSRF token filter
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, DatabaseDownEntryPoint databaseDown, ApiTokenVerifier tokens,
                            ApiErrors errors) throws Exception {
        AuthenticationEntryPoint entryPoint = databaseDown.before(apiEntryPoint()); // accounts unreadable: 503, not 401
        // API tokens (Authorization: Bearer) first: no password hash, no query per request; without one, HTTP Basic
        http.addFilterBefore(new BearerTokenFilter(tokens, errors, entryPoint), BasicAuthenticationFilter.class);
        return withSecurityHeaders(http).securityMatcher(new OrRequestMatcher(withDefaults().matcher("/api/**"),
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
                        // rules versions: the active and superseded ones are public; the controller shows staff the rest
                        .requestMatchers(withDefaults().matcher(HttpMethod.GET, "/api/rules/versions")).permitAll()
                        .requestMatchers(withDefaults().matcher("/v3/api-docs/**"), withDefaults().matcher("/v3/api-docs")).permitAll()
                        // cases and tasks for other systems: the caller's own account; the services check the roles
                        .requestMatchers(withDefaults().matcher("/api/cases"), withDefaults().matcher("/api/cases/**"),
                                withDefaults().matcher("/api/tasks"), withDefaults().matcher("/api/tasks/**")).authenticated()
                        .anyRequest().authenticated())
                // 401 with a Basic challenge, never a redirect to the sign-in page
                .httpBasic(b -> b.authenticationEntryPoint(throttleAware(entryPoint)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** 401 offering both ways in: HTTP Basic (the slow path, by hand) and an API token. */
    private static AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, failure) -> {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Talent Bridge\"");
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BearerTokenFilter.CHALLENGE);
            response.sendError(HttpStatus.UNAUTHORIZED.value(), HttpStatus.UNAUTHORIZED.getReasonPhrase());
        };
    }

    /**
     * Vaadin's navigation access control with the role-prefix holder injected once ({@link ViewAccessControl}: no
     * class-path scan per navigation); primary, so Vaadin's configurer and listener use it instead of the default one.
     */
    @Bean
    @Primary
    NavigationAccessControl viewAccessControl(List<NavigationAccessChecker> checkers,
                                              NavigationAccessControlConfigurer configurer,
                                              VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((list, resolver) -> new ViewAccessControl(list, resolver, rolePrefix), checkers);
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadin(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // error dispatches (a 401 from another chain, say) render as they are instead of bouncing to the login page
        http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(withDefaults().matcher("/styles/**"), withDefaults().matcher("/images/**"),
                        withDefaults().matcher("/swagger-ui/**"), withDefaults().matcher("/swagger-ui.html")).permitAll());
        // Vaadin exempts its login page from CSRF; we exempt only Vaadin's own requests (they carry Vaadin's token),
        // so the sign-in POST needs the token that Vaadin puts into the page and its login form sends
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // signed out (the session invalidated): straight to the sign-in page; "/" would only bounce there, through the
        // whole chain and a request cache entry that starts a new session (issue 19)
        return withSecurityHeaders(http).with(VaadinSecurityConfigurer.vaadin(),
                        c -> c.loginView(LoginView.class, "/login").enableCsrfConfiguration(false))
                .with(new SignInFailureConfigurer(), c -> { }).build();
    }

    /**
     * Sets the form's failure handler after Vaadin has set its login page (a {@code formLogin} call before that would
     * bring back Spring's generated login page).
     */
    private static final class SignInFailureConfigurer
            extends org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer<SignInFailureConfigurer, HttpSecurity> {
        @Override
        public void init(HttpSecurity http) throws Exception {
            http.formLogin(f -> f.failureHandler(signInFailure()));
        }
    }

    /**
     * A wrong password: back to the form with {@code ?error}; a lock: {@code ?error&locked=<minutes to wait>}; the accounts
     * unreadable (PostgreSQL down): {@code ?error&unavailable}, so the form does not call a right password wrong.
     */
    static AuthenticationFailureHandler signInFailure() {
        LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> byFailure = new LinkedHashMap<>();
        byFailure.put(SignInThrottledException.class, (request, response, failure) -> response.sendRedirect(
                request.getContextPath() + "/login?error&" + LoginView.LOCKED_PARAMETER + "="
                        + ((SignInThrottledException) failure).retryAfterMinutes()));
        byFailure.put(InternalAuthenticationServiceException.class, (request, response, failure) -> response.sendRedirect(
                request.getContextPath() + "/login?error" + (DatabaseUnavailable.causedBy(failure)
                        ? "&" + LoginView.UNAVAILABLE_PARAMETER : "")));
        return new DelegatingAuthenticationFailureHandler(byFailure, new SimpleUrlAuthenticationFailureHandler("/login?error"));
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
