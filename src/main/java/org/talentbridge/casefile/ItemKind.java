package org.talentbridge.casefile;

/** The profile items that carry documents. */
public enum ItemKind {
    CERTIFICATE, TITLE, WORK, ASSESSMENT, AWARD
}
