package fr.vigie.web;

import fr.vigie.identity.Accounts;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.identity.OidcSettings;
import fr.vigie.model.ConfigException;
import fr.vigie.model.Permission;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may request what, checked on the server for every request: each page and action needs a
 * permission of the user's role (see {@link fr.vigie.model.Role}); anything not listed is refused. Form
 * login against local accounts, OpenID Connect when configured, CSRF tokens on every form, a strict
 * content security policy (the pages need no script).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {
    /** The registration id of the city's provider: the login link is /oauth2/authorization/{@value}. */
    static final String OIDC_REGISTRATION = "city";
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain console(HttpSecurity http, Accounts accounts, ConsoleSettings console) throws Exception {
        http.authorizeHttpRequests(SecurityConfiguration::permissionsByPage);
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(loginFailures())
                .permitAll());
        http.authenticationProvider(new LocalLogin(accounts));
        if (console.oidc().isPresent()) {
            OidcLogin oidc = new OidcLogin(console.oidc().get(), accounts);
            InMemoryClientRegistrationRepository provider = clientRegistrations(console.oidc().get());
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", true)
                    .clientRegistrationRepository(provider)
                    .failureUrl("/login?refused")
                    .userInfoEndpoint(user -> user.oidcUserService(oidc)));
        }
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .addLogoutHandler((request, response, authentication) -> {
                    AuthenticatedUser user = Users.current(authentication);
                    if (user != null) {
                        accounts.recordLogout(user, "web from " + request.getRemoteAddr());
                    }
                }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** Who may see or do what, page by page; anything not listed is denied. */
    private static void permissionsByPage(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/login", "/console.css").permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.POST, "/exports/**").hasAuthority(Permission.DECIDE_EXPORTS.name())
                .requestMatchers(HttpMethod.GET, "/exports", "/exports/**").hasAuthority(Permission.VIEW_EXPORTS.name())
                .requestMatchers(HttpMethod.GET, "/runs", "/runs/**").hasAuthority(Permission.VIEW_RUNS.name())
                .requestMatchers(HttpMethod.GET, "/audit").hasAuthority(Permission.VIEW_AUDIT.name())
                .requestMatchers(HttpMethod.GET, "/jobs").hasAuthority(Permission.VIEW_JOBS.name())
                .requestMatchers(HttpMethod.GET, "/partner", "/partner/**")
                        .hasAuthority(Permission.DOWNLOAD_OWN_RELEASES.name())
                .requestMatchers(HttpMethod.GET, "/").authenticated()
                .anyRequest().denyAll();
    }

    /** A locked account is told so; any other failure gets the same message. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failures.setDefaultFailureUrl("/login?error");
        return failures;
    }

    /** The city's provider, read from its discovery document at start-up (an error names the variable). */
    static InMemoryClientRegistrationRepository clientRegistrations(OidcSettings oidc) {
        ClientRegistration registration;
        try {
            registration = ClientRegistrations.fromIssuerLocation(oidc.issuer().toString())
                    .registrationId(OIDC_REGISTRATION)
                    .clientId(oidc.clientId())
                    .clientSecret(oidc.clientSecret())
                    .scope("openid", "profile", "email")
                    .clientName(oidc.label())
                    .build();
        } catch (RuntimeException e) {
            throw new ConfigException(null, OidcSettings.ISSUER, "cannot read the provider's configuration at "
                    + oidc.issuer() + "/.well-known/openid-configuration: " + e.getMessage());
        }
        return new InMemoryClientRegistrationRepository(registration);
    }
}
