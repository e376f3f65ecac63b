package fr.vigie.web;

import fr.vigie.identity.Accounts;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.identity.LoginMethod;
import fr.vigie.identity.OidcSettings;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Sign-in through the city's identity provider: the provider proves who the user is, the role comes from
 * its role claim mapped by {@link OidcSettings}. A user with no mapped role, or several, is refused; both
 * outcomes are audited.
 */
final class OidcLogin implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();
    private final OidcSettings settings;
    private final Accounts accounts;

    OidcLogin(OidcSettings settings, Accounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    /** The provider's user, carrying the Vigie identity it was granted. */
    static final class ConsoleOidcUser extends DefaultOidcUser {
        private final AuthenticatedUser user;

        ConsoleOidcUser(OidcUser oidc, AuthenticatedUser user) {
            super(Users.authorities(user), oidc.getIdToken(), oidc.getUserInfo());
            this.user = user;
        }

        AuthenticatedUser user() {
            return user;
        }

        @Override
        public String getName() {
            return user.name();
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        AuthenticatedUser user = toUser(oidc);
        accounts.recordProviderLogin(user, "web via " + settings.issuer());
        return new ConsoleOidcUser(oidc, user);
    }

    /** The Vigie identity of a provider's user, or an authentication error (audited) when it has none. */
    AuthenticatedUser toUser(OidcUser oidc) {
        String name = name(oidc);
        Optional<OidcSettings.Grant> grant;
        try {
            grant = settings.grant(claimValues(oidc.getClaims().get(settings.roleClaim())));
        } catch (IllegalArgumentException ambiguous) {
            throw refused(name, ambiguous.getMessage());
        }
        if (grant.isEmpty()) {
            throw refused(name, "no Vigie role in claim " + settings.roleClaim());
        }
        return new AuthenticatedUser(name, grant.get().role(), grant.get().partner(), LoginMethod.OIDC);
    }

    private OAuth2AuthenticationException refused(String name, String reason) {
        accounts.recordProviderFailure(name, reason, "web via " + settings.issuer());
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null));
    }

    private String name(OidcUser oidc) {
        String value = oidc.getClaimAsString(settings.nameClaim());
        if (value == null || value.isBlank()) {
            value = oidc.getSubject();
        }
        // The provider's text goes into the audit log: printable characters only, bounded.
        String clean = value.replaceAll("[^\\p{L}\\p{N}._@+-]", "_");
        return "oidc:" + (clean.length() > 100 ? clean.substring(0, 100) : clean);
    }

    private static Collection<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
