package org.talentbridge.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.shared.OffsetPage;

/** The signed-in user's notifications: what screens call. Nobody reads or marks anyone else's. */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private final NotificationRepository notifications;
    private final NotificationText text;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationText text, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.text = text;
        this.currentUser = currentUser;
    }

    /** A page of my notifications, newest first, rendered in {@code locale} (Chinese unless English). */
    @Transactional(readOnly = true)
    public List<NotificationRow> page(int offset, int limit, Locale locale) {
        return notifications.newestFirst(me(), OffsetPage.of(offset, limit)).stream()
                .map(n -> new NotificationRow(n.getId(), n.getKind(), text.label(n.getKind(), locale), n.getCaseNumber(),
                        text.render(n.getMessageKey(), n.getMessageArgs(), locale), n.getLink(), n.getCreatedAt(),
                        n.getReadAt() != null))
                .toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return Math.toIntExact(notifications.countByRecipient(me()));
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return Math.toIntExact(notifications.countByRecipientAndReadAtIsNull(me()));
    }

    /** Marks one of my notifications read (again: no change); someone else's, or none: AccessDeniedException. */
    @Transactional
    public void markRead(long id) {
        String me = me();
        if (notifications.markRead(id, me, OffsetDateTime.now(clock)) == 0 && !notifications.existsByIdAndRecipient(id, me)) {
            throw new AccessDeniedException("not your notification");
        }
    }

    /** Marks all my unread notifications read; returns how many. */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), OffsetDateTime.now(clock));
    }

    private String me() {
        return currentUser.require().username();
    }
}
