package org.talentbridge.certificate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl           the public address of the application: the certificate prints {@code <baseUrl>/verify/<code>}
 * @param issuingAuthority  the issuing authority printed on certificates (发证机关)
 * @param numberPrefix      the first part of a title certificate's number: {@code <prefix>-<year>-<six digits>}
 * @param resultsPageSize   cases read together (a few queries per page) while listing or exporting a round's results
 */
@ConfigurationProperties("app.certificates")
public record CertificateProperties(@DefaultValue("http://localhost:8080") String baseUrl,
                                    @DefaultValue("浙江省人力资源和社会保障厅") String issuingAuthority,
                                    @DefaultValue("ZJZC") String numberPrefix,
                                    @DefaultValue("1000") int resultsPageSize) {

    public CertificateProperties {
        if (resultsPageSize < 1) {
            throw new IllegalArgumentException("app.certificates.results-page-size must be at least 1: " + resultsPageSize);
        }
    }

    /** The address printed on a certificate, for its verification code. */
    public String verifyUrl(String code) {
        return baseUrl.replaceAll("/+$", "") + "/verify/" + code;
    }
}
