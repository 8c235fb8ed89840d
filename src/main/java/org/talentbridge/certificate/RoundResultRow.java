package org.talentbridge.certificate;

/**
 * One decided title case of a round, as the results list shows it.
 *
 * @param committeePassed the panel's tally (true passed, false failed), null when the case had no vote
 * @param certificateNumber the certificate issued, null when not (yet) granted
 */
public record RoundResultRow(String caseNumber, String applicantName, String applicantIdMasked, String employerName,
                             String series, String targetLevel, String route, String status, Boolean committeePassed,
                             String certificateNumber) {
}
