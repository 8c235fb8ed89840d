package org.talentbridge.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.talentbridge.shared.web.ApiExceptionHandler.ApiError;

/**
 * Issue 13, item 3: with PostgreSQL down a valid Basic sign-in gets 503 "service unavailable" within a few seconds,
 * not a 401 after 30, and health says DOWN as fast.
 *
 * <p>The shared test database cannot be stopped under the other test classes, so this test builds a second, real
 * connection pool with the pool settings of {@code application.yml} against a port where nothing listens, and runs
 * the real parts on it: Spring Security's Basic filter and DAO provider with a JDBC account lookup (plain and inside a
 * transaction, as the application's own lookup runs), the application's entry point and error handler, and Boot's
 * DataSource health indicator. Only the servlet request and response are test objects.
 */
class DatabaseDownTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(6); // the pool waits 3 s; the rest is slack for a busy machine
    private static final ApiLimits LIMITS = new ApiLimits(50, DataSize.ofKilobytes(256), 20, Duration.ofSeconds(5));

    private HikariDataSource down;
    private ApiErrors errors;

    @BeforeEach
    void poolOfAStoppedDatabase() {
        down = StoppedDatabase.pool();

        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        errors = new ApiErrors(messages, locales, LIMITS, new ObjectMapper());
    }

    @AfterEach
    void close() {
        StoppedDatabase.close(down);
    }

    @Test
    void thePoolWaitsAFewSecondsForAConnectionNotThirty() {
        assertThat(Duration.ofMillis(down.getConnectionTimeout())).isLessThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aValidBasicSignInIs503ServiceUnavailableWithinAFewSecondsNotA401() throws Exception {
        MockHttpServletResponse response = signIn(new JdbcUserDetailsManager(down));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("服务暂时不可用，请稍后再试");
    }

    @Test
    void aSignInWhoseAccountLookupRunsInATransactionIs503Too() throws Exception {
        JdbcUserDetailsManager jdbc = new JdbcUserDetailsManager(down);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(down));
        transaction.setReadOnly(true);
        MockHttpServletResponse response = signIn(username -> transaction.execute(s -> jdbc.loadUserByUsername(username)));
        assertThat(response.getStatus()).isEqualTo(503);
    }

    @Test
    void healthIsDownWithinAFewSecondsWhilePostgresIsDown() {
        long start = System.nanoTime();
        Health health = new DataSourceHealthIndicator(down, "SELECT 1").health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN); // the health endpoint answers DOWN with 503
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FEW_SECONDS);
    }

    @Test
    void anApiRequestThatCannotReachTheDatabaseIs503NotA500() {
        // what JPA throws when the pool has no connection to give (Hikari's timeout, SQLSTATE 08001 of the refusal)
        Exception failure = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("embedded-postgres - Connection is not available, request timed out after 3000ms",
                        "08001"));
        ResponseEntity<ApiError> answer = new ApiExceptionHandler(errors, LIMITS).unexpected(failure, Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getBody().message()).isEqualTo("Service unavailable, please try again later");
    }

    @Test
    void anUnexpectedErrorThatIsNotTheDatabaseIsStillA500() {
        ResponseEntity<ApiError> answer = new ApiExceptionHandler(errors, LIMITS)
                .unexpected(new IllegalStateException("a bug"), Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
    }

    /** A valid Basic sign-in through Spring Security's filter, timed. */
    private MockHttpServletResponse signIn(UserDetailsService accounts) throws Exception {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Talent Bridge");
        BasicAuthenticationFilter filter = new BasicAuthenticationFilter(new ProviderManager(List.of(provider)),
                new DatabaseDownEntryPoint(errors, LIMITS).before(challenge));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("wanghan:Demo2026".getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        long start = System.nanoTime();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FEW_SECONDS);
        return response;
    }
}
