package org.talentbridge.certificate;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.AccountView;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.account.Role;

/**
 * Exam-registration equivalence confirmations (pathway Q, issue 7 item 5) as certificates of kind EQUIVALENCE: the
 * exam in {@code series}, the education level it counts as in {@code level}, the technical-school class in
 * {@code route}, and the request number in {@code case_number} (so issue 6 voids them by case number like any other).
 * Only the equivalence module calls {@link #issue}, after the decision table granted a request.
 */
@Service
public class EquivalenceCertificates {

    /** What a granted request confirms, for the certificate. */
    public record Grant(String requestNumber, Long holderAccountId, String holderName, String holderIdNumber,
                        String schoolClass, String examField, String educationLevel, String numberPrefix) {
    }

    private final CertificateIssuer issuer;
    private final CertificateRows rows;
    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final CurrentUser currentUser;

    EquivalenceCertificates(CertificateIssuer issuer, CertificateRows rows, CertificateService certificates,
                            CertificatePdf pdf, CurrentUser currentUser) {
        this.issuer = issuer;
        this.rows = rows;
        this.certificates = certificates;
        this.pdf = pdf;
        this.currentUser = currentUser;
    }

    /**
     * Issues the confirmation of a granted request, dated today. Idempotent per request number: a second call
     * returns the first certificate (issues for one request are serialised; the unique index on kind and case
     * number is the last line of defence). Runs in the caller's transaction.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXAM_OFFICE')")
    @Transactional(propagation = Propagation.MANDATORY)
    public CertificateView issue(Grant grant) {
        return issuer.issueOnce(new CertificateIssuer.Issue(CertificateKind.EQUIVALENCE, grant.numberPrefix(),
                grant.holderAccountId(), grant.holderName(), grant.holderIdNumber(), grant.examField(),
                grant.educationLevel(), grant.schoolClass(), grant.requestNumber())).certificate();
    }

    /** The confirmations issued for these requests, by request number (the caller has checked who may see them). */
    @Transactional(readOnly = true)
    public java.util.Map<String, CertificateView> ofRequests(java.util.Collection<String> requestNumbers) {
        if (requestNumbers.isEmpty()) {
            return java.util.Map.of();
        }
        return rows.list(" where kind = 'EQUIVALENCE' and case_number = any (?)", (Object) requestNumbers.toArray(String[]::new))
                .stream().collect(java.util.stream.Collectors.toMap(CertificateView::caseNumber, c -> c));
    }

    /** The confirmation issued for a request, if any (the caller has checked who may see the request). */
    @Transactional(readOnly = true)
    public Optional<CertificateView> ofRequest(String requestNumber) {
        return certificates.findByCase(CertificateKind.EQUIVALENCE, requestNumber);
    }

    /**
     * The confirmation as a PDF: its holder, an exam office user or an administrator. Anyone else, and any number
     * that is not an equivalence confirmation, is refused alike.
     */
    @PreAuthorize("hasAnyRole('APPLICANT', 'EXAM_OFFICE', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] pdf(String requestNumber) {
        AccountView me = currentUser.require();
        CertificateView c = certificates.findByCase(CertificateKind.EQUIVALENCE, requestNumber)
                .filter(found -> found.holderAccountId().equals(me.id()) || me.hasRole(Role.EXAM_OFFICE)
                        || me.hasRole(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("not your confirmation"));
        return pdf.render(c);
    }
}
