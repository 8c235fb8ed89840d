package org.talentbridge.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.talentbridge.IntegrationTest;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.Role;
import org.talentbridge.shared.audit.AuditLog;

/**
 * The sign-in path (issue 19 item 4): BCrypt's work factor is the setting {@code app.security.bcrypt-strength}, and a
 * password check costs one throttle query and one account query (with its roles), and writes nothing unless there
 * are failures to clear. Statements are counted on the throttle's own JDBC connections and by Hibernate.
 */
class SignInCostTest extends IntegrationTest {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private AuditLog audit;
    @Autowired
    private SecurityProperties properties;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder encoder;
    @Autowired
    private EntityManagerFactory jpa;
    @Autowired
    private JdbcTemplate jdbc;

    private final AtomicInteger throttleStatements = new AtomicInteger();
    private ThrottledAuthenticationProvider provider;
    private Statistics hibernate;

    @BeforeEach
    void countingProvider() {
        DataSource counting = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection real = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                throttleStatements.incrementAndGet();
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
        provider = new ThrottledAuthenticationProvider(users, encoder,
                new SignInThrottle(new JdbcTemplate(counting), audit, properties, Clock.systemUTC()));
        hibernate = jpa.unwrap(SessionFactory.class).getStatistics();
        hibernate.setStatisticsEnabled(true);
    }

    @AfterEach
    void statisticsOff() {
        hibernate.setStatisticsEnabled(false);
    }

    private void signIn(String username, String password) {
        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void aCleanSignInCostsOneThrottleQueryAndOneAccountQueryAndWritesNothing() {
        AccountView reviewer = newAccount("signcost", Role.REVIEWER);
        for (int i = 1; i <= 3; i++) {
            throttleStatements.set(0);
            hibernate.clear();
            signIn(reviewer.username(), DEMO_PASSWORD);
            assertThat(throttleStatements).as("throttle statements, sign-in %d", i).hasValue(1);
            assertThat(hibernate.getPrepareStatementCount()).as("account statements, sign-in %d", i).isEqualTo(1);
        }
    }

    @Test
    void aRightPasswordAfterAWrongOneClearsTheFailuresWithOneMoreStatement() {
        AccountView reviewer = newAccount("signclr", Role.REVIEWER);
        assertThatThrownBy(() -> signIn(reviewer.username(), "Wrong1pass")).isInstanceOf(BadCredentialsException.class);
        throttleStatements.set(0);
        signIn(reviewer.username(), DEMO_PASSWORD);
        assertThat(throttleStatements).hasValue(2);
        throttleStatements.set(0);
        signIn(reviewer.username(), DEMO_PASSWORD);
        assertThat(throttleStatements).as("nothing left to clear").hasValue(1);
    }

    @Test
    void newPasswordHashesUseTheConfiguredWorkFactor() {
        AccountView account = newAccount("signbc", Role.REVIEWER);
        String hash = jdbc.queryForObject("select password_hash from tb.account where id = ?", String.class, account.id());
        assertThat(hash).startsWith("$2a$%02d$".formatted(properties.bcryptStrength()));
        assertThat(properties.bcryptStrength()).isEqualTo(10);
    }
}
