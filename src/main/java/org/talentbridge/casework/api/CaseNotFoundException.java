package org.talentbridge.casework.api;

/** No such case, or not one the caller may read: the same answer, so that case numbers cannot be probed. */
class CaseNotFoundException extends RuntimeException {

    private final String caseNumber;

    CaseNotFoundException(String caseNumber) {
        super("case not found: " + caseNumber);
        this.caseNumber = caseNumber;
    }

    String caseNumber() {
        return caseNumber;
    }
}
