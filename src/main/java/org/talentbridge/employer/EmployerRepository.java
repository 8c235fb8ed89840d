package org.talentbridge.employer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, Long> {

    Optional<Employer> findByName(String name);

    boolean existsByName(String name);

    boolean existsByCreditCode(String creditCode);

    List<Employer> findAllByOrderByNameAsc();
}
