package org.talentbridge.employer;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer register's query API for other modules' lists: the names of many employers in one read, so that no
 * module joins the employer table (issue 14).
 */
@Component
public class EmployerNames {

    private final EmployerRepository employers;

    EmployerNames(EmployerRepository employers) {
        this.employers = employers;
    }

    /**
     * The name of each registered employer among {@code ids}; unknown ids and null are left out, and looking up null
     * (a case or an expert without an employer) answers null.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> ids) {
        var wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? new HashMap<>()
                : employers.findAllById(wanted).stream().collect(Collectors.toMap(e -> e.view().id(), Employer::getName,
                        (a, b) -> a, HashMap::new));
    }
}
