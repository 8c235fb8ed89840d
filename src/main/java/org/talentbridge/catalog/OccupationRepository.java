package org.talentbridge.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OccupationRepository extends JpaRepository<Occupation, String> {

    List<Occupation> findAllByOrderByRowNumberAsc();
}
