package org.talentbridge.account;

/**
 * Someone tried to register with the ID number of an existing account (published in the registration's transaction).
 * The registration answered as usual, disclosing nothing; a listener may tell the account's owner.
 *
 * @param username the existing account
 */
public record RegistrationForExistingIdNumber(String username) {
}
