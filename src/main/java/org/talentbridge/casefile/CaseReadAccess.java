package org.talentbridge.casefile;

/**
 * Who may read a case's file: the module that owns the case (or that gives some role a view of it, as a committee
 * panel does) answers for the signed-in user. A case file is readable when any of these beans says yes; none knows
 * the case number: not readable (the caller cannot tell from a missing case).
 */
public interface CaseReadAccess {

    boolean mayRead(String caseNumber);
}
