package kz.iinportal.signing;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The portal's signing key: one PKCS#12 file holding an EC P-256 key and its certificate chain. Dev mode and tests
 * generate one at first use (target/signing); production refuses to start without it (production.ProductionSecrets).
 */
@ConfigMapping(prefix = "iin.signing")
public interface SigningSettings {

    /** The PKCS#12 file; env IIN_SIGNING_KEYSTORE. */
    Optional<Path> keystore();

    /** The keystore's password, also the key entry's; env IIN_SIGNING_KEYSTORE_PASSWORD. */
    Optional<String> keystorePassword();

    /** The key entry's alias in the keystore; env IIN_SIGNING_KEY_ALIAS. */
    @WithDefault("portal")
    String keyAlias();

    /**
     * A JWKS file with the public keys of earlier (rotated) keys, so that what they signed still verifies; env
     * IIN_SIGNING_RETIRED_KEYS.
     */
    Optional<Path> retiredKeys();
}
