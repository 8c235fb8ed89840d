package org.talentbridge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;

/**
 * The signed-in account (issue 19.2): read once per transaction however many services ask for it (a submission asked
 * twice: the caller and the profile), read again by the next transaction, so that a change shows at once; the name
 * as stored is matched on its plain index, a name typed in another case still finds the account.
 */
class CurrentUserTest extends IntegrationTest {

    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private EntityManagerFactory jpa;

    /** The account query of {@code AccountRepository.findByExactUsername}. */
    private static final String BY_NAME = "select a from Account a left join fetch a.roles where a.username = ?1";

    private Statistics hibernate;

    @BeforeEach
    void statisticsOn() {
        hibernate = jpa.unwrap(SessionFactory.class).getStatistics();
        hibernate.setStatisticsEnabled(true);
    }

    @AfterEach
    void statisticsOff() {
        hibernate.setStatisticsEnabled(false);
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInAccountIsReadOncePerTransactionAndAgainInTheNext() {
        AccountView me = newAccount("curusr", Role.APPLICANT);
        signIn(me);
        hibernate.clear();
        tx.executeWithoutResult(s -> {
            assertThat(currentUser.require().id()).isEqualTo(me.id());
            assertThat(currentUser.require()).isSameAs(currentUser.require());
            assertThat(profiles.myProfile().accountId()).isEqualTo(me.id()); // the profile asks for the caller too
        });
        assertThat(hibernate.getQueryStatistics(BY_NAME).getExecutionCount()).as("account queries in the transaction")
                .isEqualTo(1);

        accounts.changeMyEmail("curusr@example.org"); // a transaction of its own
        String seen = tx.execute(s -> currentUser.require().email());
        assertThat(seen).as("the next transaction reads the account again").isEqualTo("curusr@example.org");
    }

    @Test
    void outsideATransactionEachCallReads() {
        AccountView me = newAccount("curout", Role.APPLICANT);
        signIn(me);
        assertThat(currentUser.require().username()).isEqualTo(me.username());
        assertThat(currentUser.require()).isNotSameAs(currentUser.require());
    }

    @Test
    void aNameTypedInAnotherCaseFindsTheSameAccountAndAnUnknownNameIsRefused() {
        AccountView me = newAccount("curcase", Role.APPLICANT);
        assertThat(accounts.findByUsername(me.username().toUpperCase()).map(AccountView::id)).contains(me.id());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("nobody-here", null, java.util.List.of()));
        assertThatThrownBy(() -> tx.execute(s -> currentUser.require())).isInstanceOf(AccessDeniedException.class);
    }
}
