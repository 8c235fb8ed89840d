package org.talentbridge.casefile;

import java.util.List;

/** A document on the applicant's profile: its item and its versions, the newest first (the current one). */
public record DocumentView(long id, ItemRef item, List<VersionView> versions) {

    public VersionView current() {
        return versions.get(0);
    }
}
