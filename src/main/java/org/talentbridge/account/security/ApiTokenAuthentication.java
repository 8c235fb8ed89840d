package org.talentbridge.account.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.talentbridge.account.token.VerifiedToken;
import org.talentbridge.shared.audit.AttributedCredential;

/**
 * A request signed in with an API token: its name is the token's account (so services see "the signed-in account"
 * as with a password), its authorities the account's roles, and the audit trail names the token on every line.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken implements AttributedCredential {

    private final VerifiedToken token;

    ApiTokenAuthentication(VerifiedToken token) {
        super(token.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return token.username();
    }

    @Override
    public String getName() {
        return token.username();
    }

    @Override
    public String credential() {
        return token.credential();
    }

    VerifiedToken token() {
        return token;
    }
}
