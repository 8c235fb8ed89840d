package org.talentbridge.shared.web;

/** The request needs an authenticated caller (HTTP 401 with a Basic challenge). */
public class AuthenticationRequiredException extends RuntimeException {

    public AuthenticationRequiredException() {
        super("authentication required");
    }
}
