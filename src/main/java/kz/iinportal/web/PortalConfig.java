package kz.iinportal.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the portal itself (framework settings stay under quarkus.*). */
@ConfigMapping(prefix = "iin")
public interface PortalConfig {

    /**
     * The ID-token claim that carries the login name, the key of the staff table. Keycloak puts it in
     * {@code preferred_username}; Quarkus' built-in dev OIDC server puts the plain user name in {@code sub}.
     */
    @WithDefault("preferred_username")
    String loginClaim();

    @io.smallrye.config.WithDefault("http://localhost:8080")
    String publicUrl();
}
