package org.talentbridge.casework;

/**
 * A title case is granted: the certificate module issues the certificate and records the title. Published in the
 * transaction of the grant, so the certificate and the case's end commit together.
 */
public record CaseGranted(String caseNumber) {
}
