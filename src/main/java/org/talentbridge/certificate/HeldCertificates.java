package org.talentbridge.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificate module's query API for staff modules (issue 14; the integrity investigation): whose a certificate
 * is and what a person holds. No permission of its own: the calling service has checked its caller.
 */
@Component
public class HeldCertificates {

    private final CertificateRows rows;

    HeldCertificates(CertificateRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public Optional<CertificateView> byNumber(String certificateNumber) {
        return rows.one("certificate_number = ?", certificateNumber);
    }

    /** Every certificate issued to the account, newest first. */
    @Transactional(readOnly = true)
    public List<CertificateView> ofHolder(long accountId) {
        return rows.list(" where holder_account_id = ? order by issued_at desc, id desc", accountId);
    }
}
