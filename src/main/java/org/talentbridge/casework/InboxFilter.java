package org.talentbridge.casework;

/**
 * What the inbox lists: a scope, and optionally part of a case number, a title series and a round.
 * Blank or null parts do not filter.
 */
public record InboxFilter(InboxScope scope, String caseNumber, String series, Long roundId) {

    public static InboxFilter of(InboxScope scope) {
        return new InboxFilter(scope, null, null, null);
    }
}
