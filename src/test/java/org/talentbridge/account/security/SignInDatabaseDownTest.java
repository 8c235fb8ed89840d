package org.talentbridge.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.talentbridge.shared.web.DatabaseUnavailable;
import org.talentbridge.shared.web.StoppedDatabase;

/**
 * Issue 13, item 3, at the throttled sign-in of every door: with PostgreSQL down ({@link StoppedDatabase}) a right password is never called wrong, and the answer comes in seconds.
 */
class SignInDatabaseDownTest {

    private static final Duration FEW_SECONDS = Duration.ofSeconds(8); // the pool waits 3 s; slack for a busy machine

    private HikariDataSource down;

    @BeforeEach
    void poolOfAStoppedDatabase() {
        down = StoppedDatabase.pool();
    }

    @AfterEach
    void close() {
        StoppedDatabase.close(down);
    }

    @Test
    void theThrottledSignInReportsTheDatabaseNotAWrongPasswordWithinSeconds() {
        SecurityProperties defaults = Binder.get(new StandardEnvironment())
                .bindOrCreate("app.security", SecurityProperties.class);
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(new JdbcUserDetailsManager(down),
                new BCryptPasswordEncoder(4), new SignInThrottle(new JdbcTemplate(down), null, defaults, Clock.systemUTC()));
        long start = System.nanoTime();
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("wanghan", "Demo2026")))
                .isInstanceOf(InternalAuthenticationServiceException.class)
                .satisfies(failure -> assertThat(DatabaseUnavailable.causedBy(failure)).isTrue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FEW_SECONDS);
    }

    @Test
    void theSignInFormIsSentToTheServiceUnavailableMessageNotToWrongPassword() throws Exception {
        MockHttpServletResponse unavailable = new MockHttpServletResponse();
        SecurityConfiguration.signInFailure().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
                unavailable, new InternalAuthenticationServiceException("the accounts cannot be read now",
                        new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                                new java.sql.SQLTransientConnectionException("Connection is not available", "08001"))));
        assertThat(unavailable.getRedirectedUrl()).isEqualTo("/login?error&unavailable");

        MockHttpServletResponse wrong = new MockHttpServletResponse();
        SecurityConfiguration.signInFailure().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
                wrong, new BadCredentialsException("Bad credentials"));
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
    }
}
