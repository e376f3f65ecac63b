package fr.vigie.web;

import fr.vigie.identity.Accounts;
import fr.vigie.identity.LoginFailure;
import fr.vigie.identity.LoginResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form against local accounts: checks, lock-out and audit are {@link Accounts}'. The page says
 * only that the sign-in failed, or that the account is locked, never whether the name exists.
 */
final class LocalLogin implements AuthenticationProvider {
    private final Accounts accounts;

    LocalLogin(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "an unknown address";
        LoginResult result = accounts.authenticate(attempt.getName(), String.valueOf(attempt.getCredentials()),
                "web from " + address);
        if (!result.succeeded()) {
            if (result.failure() == LoginFailure.LOCKED) {
                throw new LockedException("account locked after repeated failures");
            }
            throw new BadCredentialsException("wrong name or password");
        }
        return UsernamePasswordAuthenticationToken.authenticated(result.user(), null, Users.authorities(result.user()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
