package org.talentbridge.notification;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id desc")
    List<Notification> newestFirst(String recipient, Pageable page);

    long countByRecipient(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByIdAndRecipient(Long id, String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.id = :id and n.recipient = :recipient and n.readAt is null")
    int markRead(Long id, String recipient, OffsetDateTime now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, OffsetDateTime now);
}
