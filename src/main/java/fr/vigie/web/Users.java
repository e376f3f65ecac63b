package fr.vigie.web;

import fr.vigie.identity.AuthenticatedUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in user behind a Spring Security authentication, and the authorities of a user's role. */
final class Users {
    private Users() {
    }

    /** The user, or null when not signed in. */
    static AuthenticatedUser current(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof AuthenticatedUser user) {
            return user;
        }
        if (principal instanceof OidcLogin.ConsoleOidcUser oidc) {
            return oidc.user();
        }
        return null;
    }

    /** {@code ROLE_<role>} and one authority per permission of the role: what the URL rules check. */
    static List<GrantedAuthority> authorities(AuthenticatedUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        user.role().permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return authorities;
    }
}
