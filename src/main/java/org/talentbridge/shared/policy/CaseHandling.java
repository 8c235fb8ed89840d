package org.talentbridge.shared.policy;

/**
 * A member of staff acted on a case, as the module that recorded the act tells it (issue 14: who handled a case is each
 * module's own data, not read back from the audit trail).
 *
 * @param involvement a code, {@code <what>} (for example {@code committee.drawn}), that screens name through
 *                    {@code timeline.<what>}
 */
public record CaseHandling(String caseNumber, String username, String involvement) {
}
