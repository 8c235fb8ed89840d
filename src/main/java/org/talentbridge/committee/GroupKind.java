package org.talentbridge.committee;

/** High-skilled applicants are grouped and reviewed separately from ordinary professional applicants (单独分组、单独评审). */
public enum GroupKind {
    HIGH_SKILLED,
    ORDINARY;

    public static GroupKind of(boolean highSkilled) {
        return highSkilled ? HIGH_SKILLED : ORDINARY;
    }

    public String messageKey() {
        return "committee.groupKind." + name();
    }
}
