package org.talentbridge.certificate;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.talentbridge.casework.CaseGranted;

/**
 * The title process grants a case ({@code Task_Grant}): the certificate is issued and the title recorded in the same
 * transaction, so a grant never ends without its certificate.
 */
@Component
class GrantedTitles {

    private final CertificateService certificates;

    GrantedTitles(CertificateService certificates) {
        this.certificates = certificates;
    }

    @EventListener
    void on(CaseGranted granted) {
        certificates.grantTitle(granted);
    }
}
