package org.talentbridge.certificate;

/** What a certificate confirms: a professional title (pathway T); skill levels and exam equivalences come with issue 7. */
public enum CertificateKind {
    TITLE,
    SKILL_LEVEL,
    EQUIVALENCE;

    /** The i18n key of a level of this kind of certificate. */
    public String levelMessageKey(String level) {
        if (this == EQUIVALENCE) {
            return "education." + level; // the education level the school class counts as (pathway Q)
        }
        return (this == SKILL_LEVEL ? "skillLevel." : "titleLevel.") + level;
    }

    /** The i18n key of the series column of this kind, or null when it is shown as stored (a title's series). */
    public String seriesMessageKey(String series) {
        return this == EQUIVALENCE && series != null ? "exam." + series : null; // the exam it confirms for
    }

    public String messageKey() {
        return "certificateKind." + name();
    }
}
