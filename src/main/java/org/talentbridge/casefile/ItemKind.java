package org.talentbridge.casefile;

/**
 * The profile items that carry documents: those of the applicant module (certificates, titles, work periods, annual
 * assessments, awards) and the case file's own achievements and training records.
 */
public enum ItemKind {
    CERTIFICATE, TITLE, WORK, ASSESSMENT, AWARD, ACHIEVEMENT, TRAINING;

    /** Items the case file itself keeps (no other module is asked whether they are the applicant's). */
    public boolean ownedByCaseFile() {
        return this == ACHIEVEMENT || this == TRAINING;
    }
}
