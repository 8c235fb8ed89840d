package org.talentbridge.integrity;

/** What an entry of the integrity file records (rule I); LIFTED entries end an earlier entry early. */
public enum IntegrityFinding {
    FRAUD,
    BACK_ROOM_OPERATION,
    IRREGULAR_PROCEDURE,
    LIFTED;

    /** The i18n key of the finding's display name. */
    public String messageKey() {
        return "integrity.finding." + name();
    }
}
