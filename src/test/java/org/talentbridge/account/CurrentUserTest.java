package org.talentbridge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentbridge.IntegrationTest;

/**
 * The signed-in account (issue 19.2): read once per transaction however many services ask for it (a submission asked
 * twice: the caller and the profile), read again by the next transaction, so that a change shows at once; read by
 * SQL, it is the same view as the account service's; a name typed in another case still finds the account.
 */
class CurrentUserTest extends IntegrationTest {

    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSignedInAccountIsReadOncePerTransactionAndAgainInTheNext() {
        AccountView me = newAccount("curusr", Role.APPLICANT);
        signIn(me);
        tx.executeWithoutResult(s -> {
            AccountView first = currentUser.require();
            assertThat(first.id()).isEqualTo(me.id());
            assertThat(currentUser.require()).as("the same view, not read again").isSameAs(first);
            assertThat(profiles.myProfile().accountId()).isEqualTo(me.id()); // the profile asks for the caller too
            assertThat(currentUser.require()).isSameAs(first);
        });

        accounts.changeMyEmail("curusr@example.org"); // a transaction of its own
        String seen = tx.execute(s -> currentUser.require().email());
        assertThat(seen).as("the next transaction reads the account again").isEqualTo("curusr@example.org");
    }

    @Test
    void theViewIsTheAccountAsItsServiceShowsIt() {
        AccountView reviewer = employerReviewer(SHIPYARD);
        signIn(reviewer);
        accounts.changeMyEmail("shipyard-review@example.org");
        AccountView seen = tx.execute(s -> currentUser.require());
        assertThat(seen).isEqualTo(accounts.findByUsername(reviewer.username()).orElseThrow());
        assertThat(seen.employerId()).isNotNull();
        assertThat(seen.roles()).containsExactly(Role.EMPLOYER_REVIEWER);
        assertThat(seen.email()).isEqualTo("shipyard-review@example.org");
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
