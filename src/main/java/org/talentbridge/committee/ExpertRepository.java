package org.talentbridge.committee;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    List<Expert> findBySeriesAndActiveTrue(String series);

    boolean existsByAccountIdAndSeriesAndActiveTrue(Long accountId, String series);

    List<Expert> findAllByOrderBySeriesAscActiveDescIdAsc();

    List<Expert> findByAccountId(Long accountId);
}
