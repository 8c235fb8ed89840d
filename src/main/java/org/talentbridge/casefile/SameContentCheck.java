package org.talentbridge.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.casefile.internal.CaseFileRepository;
import org.talentbridge.casefile.internal.CaseFileRepository.SharedContent;

/**
 * Rule I.6 (issue 15): the same document content (SHA-256) in two different people's cases or profiles. The case
 * file answers which documents of the cases given are also elsewhere; the integrity checks of the owning module turn
 * each answer into a flag (like I.2 for certificate numbers). Per other person, their cases are named, or their
 * profile when no case of theirs holds it.
 */
@Service
public class SameContentCheck {

    private final CaseFileRepository files;

    SameContentCheck(CaseFileRepository files) {
        this.files = files;
    }

    /** A document of {@code caseNumber} whose content another person also has: in their cases, or on their profile. */
    public record SameContent(String caseNumber, String fileName, String sha256, List<String> otherCaseNumbers) {

        public boolean onlyOnProfile() {
            return otherCaseNumbers.isEmpty();
        }
    }

    /** By case number, in no particular order of cases; a case without such documents has no entry. */
    @Transactional(readOnly = true)
    public Map<String, List<SameContent>> of(Collection<String> caseNumbers) {
        Map<String, Map<String, List<SharedContent>>> byCaseAndPlace = new LinkedHashMap<>();
        for (SharedContent s : files.sharedContent(caseNumbers)) {
            byCaseAndPlace.computeIfAbsent(s.caseNumber(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.sha256() + "|" + s.otherAccountId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<SameContent>> result = new LinkedHashMap<>();
        byCaseAndPlace.forEach((caseNumber, places) -> places.values().forEach(rows -> {
            List<String> cases = rows.stream().map(SharedContent::otherCaseNumber).filter(java.util.Objects::nonNull)
                    .distinct().sorted().toList();
            SharedContent first = rows.get(0);
            result.computeIfAbsent(caseNumber, k -> new ArrayList<>())
                    .add(new SameContent(caseNumber, first.fileName(), first.sha256(), cases));
        }));
        return result;
    }
}
