package org.talentbridge.casework;

import java.util.List;
import java.util.Map;
import org.talentbridge.casefile.SameContentCheck.SameContent;
import org.talentbridge.casework.IntegrityFlag.Check;

/**
 * Rule I.6 as flags: a document of the case whose content (SHA-256) another person also submitted (flag naming both
 * case numbers) or holds on their profile. The case file finds them ({@link org.talentbridge.casefile.SameContentCheck}).
 */
final class CaseFileIntegrity {

    private CaseFileIntegrity() {
    }

    static List<IntegrityFlag> sameContent(String caseNumber, Map<String, List<SameContent>> found) {
        return found.getOrDefault(caseNumber, List.of()).stream().map(s -> s.onlyOnProfile()
                ? new IntegrityFlag(caseNumber, Check.SAME_DOCUMENT_AS_ANOTHER_PERSON, "integrityCheck.I.6.profile",
                        List.of(s.fileName(), s.sha256().substring(0, 16)))
                : new IntegrityFlag(caseNumber, Check.SAME_DOCUMENT_AS_ANOTHER_PERSON, "integrityCheck.I.6.cases",
                        List.of(s.fileName(), s.sha256().substring(0, 16), caseNumber, String.join(", ", s.otherCaseNumbers()))))
                .toList();
    }
}
