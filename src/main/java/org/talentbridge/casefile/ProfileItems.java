package org.talentbridge.casefile;

/** The owner of the profile items (the applicant module) says whether an item exists and is the account's own. */
public interface ProfileItems {

    boolean owns(long accountId, ItemRef item);
}
