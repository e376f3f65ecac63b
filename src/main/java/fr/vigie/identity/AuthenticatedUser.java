package fr.vigie.identity;

import fr.vigie.model.Permission;
import fr.vigie.model.Role;
import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;

/**
 * A user who proved their identity: what decisions are recorded under.
 *
 * @param name the account name (an OpenID Connect user's is prefixed {@code oidc:})
 * @param partner the partner id of a {@link Role#PARTNER}; null for the other roles
 */
public record AuthenticatedUser(String name, Role role, String partner, LoginMethod method)
        implements Principal, Serializable {

    public AuthenticatedUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(method, "method");
        if ((role == Role.PARTNER) != (partner != null)) {
            throw new IllegalArgumentException("a partner id is required for the PARTNER role, and only for it");
        }
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean may(Permission permission) {
        return role.may(permission);
    }

    /** {@code name (ROLE)}: how the user is shown and recorded. */
    public String label() {
        return name + " (" + role + ")";
    }
}
