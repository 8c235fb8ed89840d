package org.talentbridge.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.shared.validation.ChineseIdNumber;

/**
 * The account module's query API for other modules (issue 14): people by ID number and ID numbers by account, many at
 * once, so that no other module joins the account tables. Read-only, no permission of its own: the calling service
 * has checked its caller; results go to services, never straight to a screen (ID numbers are unmasked here).
 */
@Component
public class AccountDirectory {

    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;

    AccountDirectory(JdbcTemplate jdbc, AccountRepository accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The account with this ID number (normalised first), if any. */
    @Transactional(readOnly = true)
    public Optional<AccountView> byIdNumber(String idNumber) {
        return idNumber == null ? Optional.empty() : accounts.findByIdNumber(ChineseIdNumber.normalise(idNumber)).map(AccountView::of);
    }

    /** An applicant (the APPLICANT role and an ID number) by account id; empty for staff and unknown ids. */
    @Transactional(readOnly = true)
    public Optional<AccountView> applicant(Long accountId) {
        return accountId == null ? Optional.empty()
                : accounts.findById(accountId).map(AccountView::of).filter(AccountDirectory::isApplicant);
    }

    /** An applicant by ID number (normalised first). */
    @Transactional(readOnly = true)
    public Optional<AccountView> applicantByIdNumber(String idNumber) {
        return byIdNumber(idNumber).filter(AccountDirectory::isApplicant);
    }

    /** The ID number of each of these accounts that has one. */
    @Transactional(readOnly = true)
    public Map<Long, String> idNumbersOf(Collection<Long> accountIds) {
        Long[] ids = accountIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, String> found = new HashMap<>();
        if (ids.length > 0) {
            jdbc.query(c -> {
                var s = c.prepareStatement("select id, id_number from tb.account where id = any(?) and id_number is not null");
                s.setArray(1, c.createArrayOf("int8", ids));
                return s;
            }, rs -> {
                found.put(rs.getLong(1), rs.getString(2));
            });
        }
        return found;
    }

    /** The accounts that carry one of these ID numbers (normalised first). */
    @Transactional(readOnly = true)
    public Set<Long> withIdNumbers(Collection<String> idNumbers) {
        String[] numbers = idNumbers.stream().filter(Objects::nonNull).map(ChineseIdNumber::normalise).distinct()
                .toArray(String[]::new);
        Set<Long> found = new TreeSet<>();
        if (numbers.length > 0) {
            jdbc.query(c -> {
                var s = c.prepareStatement("select id from tb.account where id_number = any(?)");
                s.setArray(1, c.createArrayOf("text", numbers));
                return s;
            }, rs -> {
                found.add(rs.getLong(1));
            });
        }
        return found;
    }

    /** The accounts whose ID number is {@code text} or whose display name contains it (a lookup filter). */
    @Transactional(readOnly = true)
    public List<Long> matching(String text) {
        String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.queryForList("select id from tb.account where id_number = ? or display_name like ? escape '\\'",
                Long.class, ChineseIdNumber.normalise(text), like);
    }

    private static boolean isApplicant(AccountView a) {
        return a.idNumber() != null && a.hasRole(Role.APPLICANT);
    }
}
