package org.talentbridge.certificate;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A certificate as its holder and staff see it (never the void reason: that is the integrity file's).
 *
 * @param level            the level's enum name ({@code TitleLevel} for titles)
 * @param route            the route screening admitted the case by (STANDARD, GREEN_CHANNEL), when known
 * @param verificationCode the random code printed on the certificate; {@code /verify/{code}} checks it
 */
public record CertificateView(String certificateNumber, CertificateKind kind, Long holderAccountId, String holderName,
                              String holderIdMasked, String series, String level, String route, String caseNumber,
                              LocalDate issuedOn, String verificationCode, CertificateStatus status,
                              OffsetDateTime voidedAt) {
}
