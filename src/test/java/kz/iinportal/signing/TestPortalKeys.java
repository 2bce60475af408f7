package kz.iinportal.signing;

import java.nio.file.Path;
import java.util.Optional;

/** A PortalKey outside Quarkus, on a keystore of the test's own (for tests of other packages). */
public final class TestPortalKeys {

    private TestPortalKeys() {
    }

    public static PortalKey of(Path keystore, String password) {
        SigningKeystore.generateIfMissing(keystore, password.toCharArray(), "portal", "TestPortalKeys");
        PortalKey key = new PortalKey();
        key.settings = new SigningSettings() {
            @Override
            public Optional<Path> keystore() {
                return Optional.of(keystore);
            }

            @Override
            public Optional<String> keystorePassword() {
                return Optional.of(password);
            }

            @Override
            public String keyAlias() {
                return "portal";
            }

            @Override
            public Optional<Path> retiredKeys() {
                return Optional.empty();
            }
        };
        return key;
    }
}
