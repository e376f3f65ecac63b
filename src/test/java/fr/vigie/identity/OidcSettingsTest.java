package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import fr.vigie.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The VIGIE_OIDC_* variables: each mistake names its variable, and the claim → role mapping fails closed. */
class OidcSettingsTest {
    private static Map<String, String> complete() {
        Map<String, String> env = new HashMap<>();
        env.put(OidcSettings.ISSUER, "https://sso.montpellier3m.fr/realms/agents");
        env.put(OidcSettings.CLIENT_ID, "vigie");
        env.put(OidcSettings.CLIENT_SECRET, "s3cr3t-value");
        env.put(OidcSettings.ROLES, "vigie-dpo=DPO, vigie-ingenierie=ENGINEER, toulouse=PARTNER:metropole-toulouse");
        return env;
    }

    @Test
    void nothingSetMeansNoProvider() {
        assertThat(OidcSettings.from(Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void aCompleteConfigurationMapsClaimValuesToRoles() {
        OidcSettings oidc = OidcSettings.from(complete()::get).orElseThrow();

        assertThat(oidc.roleClaim()).isEqualTo("groups");
        assertThat(oidc.grant(List.of("agents", "vigie-dpo"))).hasValue(new OidcSettings.Grant(Role.DPO, null));
        assertThat(oidc.grant(List.of("toulouse"))).hasValue(new OidcSettings.Grant(Role.PARTNER,
                "metropole-toulouse"));
        assertThat(oidc.grant(List.of("agents"))).isEmpty();
        assertThat(oidc.toString()).doesNotContain("s3cr3t-value");
    }

    @Test
    void aUserMappedToTwoRolesIsRefused() {
        OidcSettings oidc = OidcSettings.from(complete()::get).orElseThrow();

        assertThatThrownBy(() -> oidc.grant(List.of("vigie-dpo", "vigie-ingenierie")))
                .hasMessageContaining("several roles");
    }

    @Test
    void eachMistakeNamesItsVariable() {
        assertNamed(without(OidcSettings.CLIENT_ID), OidcSettings.CLIENT_ID);
        assertNamed(without(OidcSettings.CLIENT_SECRET), OidcSettings.CLIENT_SECRET);
        assertNamed(without(OidcSettings.ROLES), OidcSettings.ROLES);
        assertNamed(with(OidcSettings.ROLES, "vigie-dpo=BOSS"), OidcSettings.ROLES);
        assertNamed(with(OidcSettings.ROLES, "toulouse=PARTNER"), OidcSettings.ROLES);
        assertNamed(with(OidcSettings.ROLES, "a=DPO,a=AUDITOR"), OidcSettings.ROLES);
        assertNamed(with(OidcSettings.ISSUER, "http://sso.example.org"), OidcSettings.ISSUER);
        Map<String, String> clientOnly = Map.of(OidcSettings.CLIENT_ID, "vigie");
        assertNamed(clientOnly, OidcSettings.ISSUER);
    }

    private static void assertNamed(Map<String, String> env, String variable) {
        assertThatThrownBy(() -> OidcSettings.from(env::get)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).key()).isEqualTo(variable))
                .hasMessageNotContaining("s3cr3t-value");
    }

    private static Map<String, String> without(String name) {
        Map<String, String> env = complete();
        env.remove(name);
        return env;
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> env = complete();
        env.put(name, value);
        return env;
    }
}
