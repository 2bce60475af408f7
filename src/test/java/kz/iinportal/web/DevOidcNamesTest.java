package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The demo users' names are a dev and test setting: without any (production) the settings still map, to no names, so
 * the identity provider's {@code name} claim is shown.
 */
class DevOidcNamesTest {

    @Test
    void withoutDemoNamesTheSettingsMapToNone() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(PortalConfig.class).build();
        assertEquals(Map.of(), config.getConfigMapping(PortalConfig.class).devOidcNames());
    }

    @Test
    void demoNamesAreKeyedByLogin() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(PortalConfig.class)
                .withDefaultValue("iin.dev-oidc.names.operator", "Yerlan Abenov").build();
        assertEquals(Map.of("operator", "Yerlan Abenov"), config.getConfigMapping(PortalConfig.class).devOidcNames());
    }
}
