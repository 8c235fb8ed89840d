package org.talentbridge.investigation;

import java.util.List;

/**
 * A report that opens an investigation (staff, or an integrity officer from outside information): the person, the
 * cases and certificates concerned (either may be empty, not both unknown to the system), and what is alleged.
 */
public record ReportRequest(String idNumber, String personName, List<String> caseNumbers, List<String> certificateNumbers,
                            String allegation) {
}
