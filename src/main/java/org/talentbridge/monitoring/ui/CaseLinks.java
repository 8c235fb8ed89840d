package org.talentbridge.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** The screens' names for processes and the link from an instance to its case's own page. */
final class CaseLinks {

    private CaseLinks() {
    }

    /** The case page of a business key, by process (null when the process has no page of its own). */
    static String casePath(String processKey, String caseNumber) {
        if (caseNumber == null) {
            return null;
        }
        return switch (processKey) {
            case "titleApplication" -> "cases/" + caseNumber;
            case "skillEvaluation" -> "skill/cases/" + caseNumber;
            case "integrityInvestigation" -> "integrity/investigations/" + caseNumber;
            default -> null;
        };
    }

    static Component caseLink(String processKey, String caseNumber) {
        String path = casePath(processKey, caseNumber);
        return path == null ? new Span(caseNumber == null ? "" : caseNumber) : new Anchor(path, caseNumber);
    }

    static String processName(Component owner, String processKey) {
        String key = "monitoring.process." + processKey;
        String name = owner.getTranslation(key);
        return name.equals(key) || name.startsWith("!") ? processKey : name;
    }

    static String instancePath(String processInstanceId) {
        return "admin/monitoring/instance/" + processInstanceId;
    }
}
