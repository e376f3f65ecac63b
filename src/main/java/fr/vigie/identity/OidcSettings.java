package fr.vigie.identity;

import fr.vigie.model.ConfigException;
import fr.vigie.model.Role;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Sign-in through the city's OpenID Connect identity provider, configured by {@code VIGIE_OIDC_*}
 * variables. The provider vouches for who the user is; Vigie gives a role only to a user whose role claim
 * (a list of groups, say) holds exactly one value mapped here, and refuses every other user.
 *
 * @param roleClaim the ID token or user-info claim holding the user's groups or roles
 * @param nameClaim the claim naming the user in decisions and the audit log (prefixed {@code oidc:})
 * @param grants claim value → role (and partner id, for a partner)
 * @param label what the login page's button says
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String roleClaim, String nameClaim,
        Map<String, Grant> grants, String label) {
    public static final String ISSUER = "VIGIE_OIDC_ISSUER_URI";
    public static final String CLIENT_ID = "VIGIE_OIDC_CLIENT_ID";
    public static final String CLIENT_SECRET = "VIGIE_OIDC_CLIENT_SECRET";
    public static final String ROLE_CLAIM = "VIGIE_OIDC_ROLE_CLAIM";
    public static final String ROLES = "VIGIE_OIDC_ROLES";
    public static final String NAME_CLAIM = "VIGIE_OIDC_NAME_CLAIM";
    public static final String LABEL = "VIGIE_OIDC_LABEL";
    /** Every variable, for the check that none is set without the issuer. */
    public static final List<String> VARIABLES = List.of(ISSUER, CLIENT_ID, CLIENT_SECRET, ROLE_CLAIM, ROLES,
            NAME_CLAIM, LABEL);

    private static final Pattern PARTNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** A role granted by a claim value; {@code partner} only for {@link Role#PARTNER}. */
    public record Grant(Role role, String partner) {
    }

    public OidcSettings {
        grants = Map.copyOf(grants);
    }

    /** The settings, or empty when {@value #ISSUER} is not set (and no other OIDC variable is). */
    public static Optional<OidcSettings> from(Function<String, String> variables) {
        String issuer = blankToNull(variables.apply(ISSUER));
        if (issuer == null) {
            for (String name : VARIABLES) {
                if (blankToNull(variables.apply(name)) != null) {
                    throw new ConfigException(null, ISSUER, "is required when " + name + " is set");
                }
            }
            return Optional.empty();
        }
        return Optional.of(new OidcSettings(issuer(issuer), required(variables, CLIENT_ID),
                required(variables, CLIENT_SECRET), orDefault(variables, ROLE_CLAIM, "groups"),
                orDefault(variables, NAME_CLAIM, "preferred_username"), grants(required(variables, ROLES)),
                orDefault(variables, LABEL, "Compte de la métropole (OpenID Connect)")));
    }

    /**
     * The grant for a user whose role claim holds {@code claimValues}: empty when none is mapped.
     *
     * @throws IllegalArgumentException when the values map to different grants (a user is one role)
     */
    public Optional<Grant> grant(Collection<String> claimValues) {
        Set<Grant> found = new LinkedHashSet<>();
        for (String value : claimValues) {
            Grant grant = grants.get(value);
            if (grant != null) {
                found.add(grant);
            }
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("the role claim maps to several roles: " + found.stream()
                    .map(g -> g.role().name()).sorted().toList());
        }
        return found.stream().findFirst();
    }

    private static URI issuer(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(null, ISSUER, "not a URI: " + value);
        }
        boolean local = "http".equals(uri.getScheme()) && ("localhost".equals(uri.getHost())
                || "127.0.0.1".equals(uri.getHost()));
        if (!"https".equals(uri.getScheme()) && !local) {
            throw new ConfigException(null, ISSUER, "must be an https:// URI (plain http only on localhost): " + value);
        }
        return uri;
    }

    /** {@code value=ROLE} or {@code value=PARTNER:partner-id}, separated by commas. */
    private static Map<String, Grant> grants(String text) {
        Map<String, Grant> grants = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                problems.add("'" + entry.strip() + "' is not claim-value=ROLE");
                continue;
            }
            String value = entry.substring(0, eq).strip();
            Grant grant = grant(entry, entry.substring(eq + 1), problems);
            if (grant != null && grants.put(value, grant) != null) {
                problems.add("'" + value + "' is mapped twice");
            }
        }
        if (grants.isEmpty() && problems.isEmpty()) {
            problems.add("maps no claim value to a role");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(null, ROLES, String.join("; ", problems));
        }
        return grants;
    }

    /** {@code ROLE} or {@code PARTNER:partner-id}; null, with the problem noted, when it is neither. */
    private static Grant grant(String entry, String roleText, List<String> problems) {
        String[] role = roleText.strip().split(":", 2);
        Role parsed;
        try {
            parsed = Role.valueOf(role[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("'" + role[0].strip() + "' is no role (DPO, ENGINEER, AUDITOR, PARTNER)");
            return null;
        }
        String partner = role.length > 1 ? role[1].strip() : null;
        if ((parsed == Role.PARTNER) != (partner != null) || partner != null && !PARTNER.matcher(partner).matches()) {
            problems.add("'" + entry.strip() + "': PARTNER needs its partner id (value=PARTNER:id), other roles none");
            return null;
        }
        return new Grant(parsed, partner);
    }

    private static String required(Function<String, String> variables, String name) {
        String value = blankToNull(variables.apply(name));
        if (value == null) {
            throw new ConfigException(null, name, "is required when " + ISSUER + " is set");
        }
        return value;
    }

    private static String orDefault(Function<String, String> variables, String name, String fallback) {
        String value = blankToNull(variables.apply(name));
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        // Never the secret, should a settings object ever be logged.
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", roleClaim=" + roleClaim + "]";
    }
}
