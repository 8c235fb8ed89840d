package org.talentbridge.certificate.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.talentbridge.shared.ui.Labels;
import org.talentbridge.certificate.CertificateKind;
import org.talentbridge.certificate.CertificateService;
import org.talentbridge.certificate.Verification;

/**
 * Public: {@code /verify/<code>}, the address printed on every certificate, tells anyone whether the certificate is
 * genuine and still valid, voided (with the date, never the reason), or unknown. The holder's data comes masked.
 */
@Route("verify")
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final H2 result = new H2();
    final Paragraph explanation = new Paragraph();
    final FormLayout details = new FormLayout();
    private final transient CertificateService certificates;

    public VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        add(result, explanation, details);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        Verification v = certificates.verify(code);
        result.setText(getTranslation("verify.result." + v.result().name()));
        result.getStyle().set("color", switch (v.result()) {
            case VALID -> "var(--lumo-success-text-color)";
            case VOID -> "var(--lumo-error-text-color)";
            case NOT_FOUND -> "var(--lumo-secondary-text-color)";
        });
        details.removeAll();
        if (v.result() == Verification.Result.NOT_FOUND) {
            explanation.setText(getTranslation("verify.notFoundHelp"));
            return;
        }
        explanation.setText(v.result() == Verification.Result.VOID
                ? getTranslation("verify.voidedOn", v.voidedOn().toString()) : getTranslation("verify.validHelp"));
        field("certificate.number", v.certificateNumber());
        field("certificate.kind", getTranslation(v.kind().messageKey()));
        field("certificate.holderName", v.holderName());
        field("certificate.holderIdMasked", v.holderIdMasked());
        String seriesKey = v.kind().seriesMessageKey(v.series());
        field(v.kind() == CertificateKind.EQUIVALENCE ? "equivalence.pdf.exam"
                        : v.kind() == CertificateKind.SKILL_LEVEL ? "field.occupation" : "field.series",
                seriesKey == null ? v.series() : getTranslation(seriesKey));
        field(v.kind() == CertificateKind.EQUIVALENCE ? "equivalence.pdf.education" : "certificate.level",
                getTranslation(v.kind().levelMessageKey(v.level())));
        field("certificate.issuedOn", v.issuedOn().toString());
        if (v.kind() == CertificateKind.EQUIVALENCE) {
            field("equivalence.pdf.schoolClass", getTranslation("schoolClass." + v.schoolClass()));
            details.add(new Paragraph(getTranslation("equivalence.verify.confirms", getTranslation("schoolClass." + v.schoolClass()),
                    getTranslation(seriesKey), getTranslation(v.kind().levelMessageKey(v.level())))));
        }
    }

    private void field(String labelKey, String value) {
        details.add(Labels.readOnly(this, labelKey, value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
