package org.talentbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.talentbridge.account.AccountView;

/** What the notification tests share: reading someone's notifications as they would. */
final class NotificationTestSupport {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private NotificationTestSupport() {
    }

    /** The notifications of {@code account}, newest first, read as that account (which stays signed in). */
    static List<NotificationRow> notificationsOf(NotificationService service, AccountView account, Locale locale) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.username(), null, account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        List<NotificationRow> rows = service.page(0, 1000, locale);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.text()).doesNotContain("!notification");
            assertThat(r.kindLabel()).doesNotStartWith("!");
        });
        return rows;
    }

    static List<NotificationRow> notificationsOf(NotificationService service, AccountView account) {
        return notificationsOf(service, account, CHINESE);
    }

    static List<NotificationRow> ofKind(List<NotificationRow> rows, NotificationKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }
}
