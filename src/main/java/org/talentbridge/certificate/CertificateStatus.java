package org.talentbridge.certificate;

/** A certificate is valid from its issue until voided (issue 6: a confirmed integrity finding); voiding is final. */
public enum CertificateStatus {
    VALID,
    VOID
}
