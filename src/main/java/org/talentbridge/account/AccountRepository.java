package org.talentbridge.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    /**
     * The account with its roles, in one query (the sign-in path reads it on every password check). Names are unique
     * whatever their case; the name as stored (what every caller but a typed sign-in passes) is matched first, on its
     * plain index: a {@code lower()} comparison costs twice the CPU (QueryCostBenchmark, docs/benchmarks.md).
     */
    default Optional<Account> findByUsername(String username) {
        Optional<Account> exact = findByExactUsername(username);
        return exact.isPresent() ? exact : findByUsernameIgnoringCase(username);
    }

    @Query("select a from Account a left join fetch a.roles where a.username = ?1")
    Optional<Account> findByExactUsername(String username);

    @Query("select a from Account a left join fetch a.roles where lower(a.username) = lower(?1)")
    Optional<Account> findByUsernameIgnoringCase(String username);

    @Query("select a.username, a.email from Account a where a.username in ?1 and a.email is not null")
    List<Object[]> emailsOf(java.util.Collection<String> usernames);

    @Query("select count(a) > 0 from Account a where lower(a.username) = lower(?1)")
    boolean existsByUsername(String username);

    Optional<Account> findByIdNumber(String idNumber);

    @Query("select a from Account a where lower(a.username) like ?1 escape '\\' or lower(a.displayName) like ?1 escape '\\'"
            + " order by a.createdAt desc, a.id desc")
    List<Account> search(String pattern, Pageable page);

    @Query("select count(a) from Account a where lower(a.username) like ?1 escape '\\' or lower(a.displayName) like ?1 escape '\\'")
    long countMatching(String pattern);
}
