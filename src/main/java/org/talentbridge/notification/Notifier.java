package org.talentbridge.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talentbridge.account.AccountService;

/**
 * Writes notifications inside the caller's transaction (they commit or roll back with what they report) and,
 * when mail is on, hands them to the mailer once that transaction has committed.
 */
@Component
class Notifier {

    /** What to tell; {@code onceKey} (or null) makes it once-only per recipient. */
    record Draft(NotificationKind kind, String caseNumber, String messageKey, List<String> args, String link,
                 String onceKey) {
    }

    /** All recipients of one draft in one statement; a recipient told before (same once-key) is skipped. */
    private static final String INSERT = """
            insert into tb.notification (recipient, kind, case_number, message_key, message_args, link, once_key, mail_status)
            select r.recipient, ?, ?, ?, ?::jsonb, ?, ?, case when r.email is null then null else 'PENDING' end
            from unnest(?::text[], ?::text[]) as r (recipient, email)
            on conflict (recipient, once_key) where once_key is not null do nothing
            returning id, recipient""";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AccountService accounts;
    private final ObjectProvider<NotificationMailer> mailer;

    Notifier(JdbcTemplate jdbc, ObjectMapper json, AccountService accounts, ObjectProvider<NotificationMailer> mailer) {
        this.jdbc = jdbc;
        this.json = json;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    /**
     * Tells each recipient once. A new-task notice about a case is left out for someone who was already told
     * about that case in this transaction (the applicant whose case was returned gets the reason and deadline,
     * not also "new task: correction"). Returns how many notifications were written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(Collection<String> recipients, Draft draft) {
        InThisTransaction here = inThisTransaction();
        NotificationMailer mail = mailer.getIfAvailable();
        boolean mailing = mail != null && mail.isActive();
        List<String> who = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>(recipients);
        // the addresses of all recipients in one query (a group's members were one account query each)
        Map<String, String> addresses = mailing ? accounts.emailsOf(distinct) : Map.of();
        for (String recipient : distinct) {
            if (draft.kind() == NotificationKind.NEW_TASK && draft.caseNumber() != null
                    && here.told.contains(recipient + "\n" + draft.caseNumber())) {
                continue;
            }
            who.add(recipient);
            emails.add(addresses.get(recipient));
        }
        if (who.isEmpty()) {
            return 0;
        }
        Map<String, String> emailOf = new HashMap<>();
        for (int i = 0; i < who.size(); i++) {
            if (emails.get(i) != null) {
                emailOf.put(who.get(i), emails.get(i));
            }
        }
        List<Written> written = jdbc.query(con -> {
            PreparedStatement insert = con.prepareStatement(INSERT);
            insert.setString(1, draft.kind().name());
            insert.setString(2, draft.caseNumber());
            insert.setString(3, draft.messageKey());
            insert.setString(4, toJson(draft.args()));
            insert.setString(5, draft.link());
            insert.setString(6, draft.onceKey());
            insert.setArray(7, con.createArrayOf("text", who.toArray()));
            insert.setArray(8, con.createArrayOf("text", emails.toArray()));
            return insert;
        }, (rs, row) -> new Written(rs.getLong("id"), rs.getString("recipient")));
        for (Written w : written) {
            if (draft.caseNumber() != null) {
                here.told.add(w.recipient() + "\n" + draft.caseNumber());
            }
            String email = emailOf.get(w.recipient());
            if (email != null) {
                here.mails.add(new NotificationMailer.Mail(w.id(), email, draft.kind(), draft.messageKey(),
                        draft.args(), draft.link()));
            }
        }
        return written.size();
    }

    private record Written(long id, String recipient) {
    }

    private String toJson(List<String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This transaction's notes (who was told about which case, mails to send), kept as its synchronization. */
    private InThisTransaction inThisTransaction() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof InThisTransaction notes) {
                return notes;
            }
        }
        InThisTransaction notes = new InThisTransaction();
        TransactionSynchronizationManager.registerSynchronization(notes);
        return notes;
    }

    private final class InThisTransaction implements TransactionSynchronization {
        private final Set<String> told = new HashSet<>();
        private final List<NotificationMailer.Mail> mails = new ArrayList<>();

        @Override
        public void afterCommit() {
            NotificationMailer mail = mailer.getIfAvailable();
            if (mail != null && !mails.isEmpty()) {
                mail.sendLater(List.copyOf(mails)); // never throws: the business transaction has committed
            }
        }
    }
}
