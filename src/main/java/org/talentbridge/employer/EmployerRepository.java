package org.talentbridge.employer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployerRepository extends JpaRepository<Employer, Long> {

    // JPQL, not a derived query: Hibernate 6.6 caches the plans of query strings only (docs/benchmarks.md, issue 19)
    @Query("select e from Employer e where e.name = ?1")
    Optional<Employer> findByName(String name);

    boolean existsByName(String name);

    boolean existsByCreditCode(String creditCode);

    List<Employer> findAllByOrderByNameAsc();
}
