package org.talentbridge.publication;

import org.talentbridge.shared.policy.TitleLevel;

/** One line of a publicity list as anyone reads it: no case number, the name masked. */
public record PublicEntry(long id, String maskedName, String employerName, String series, TitleLevel level, String route) {
}
