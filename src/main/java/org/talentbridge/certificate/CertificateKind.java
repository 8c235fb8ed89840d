package org.talentbridge.certificate;

/** What a certificate confirms: a professional title (pathway T); skill levels and exam equivalences come with issue 7. */
public enum CertificateKind {
    TITLE,
    SKILL_LEVEL,
    EQUIVALENCE;

    /** The i18n key of a level of this kind of certificate. */
    public String levelMessageKey(String level) {
        return (this == SKILL_LEVEL ? "skillLevel." : "titleLevel.") + level;
    }

    public String messageKey() {
        return "certificateKind." + name();
    }
}
