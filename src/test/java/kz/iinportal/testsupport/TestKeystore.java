package kz.iinportal.testsupport;

import java.nio.file.Path;
import java.util.Map;

import kz.iinportal.signing.SigningKeystore;

/**
 * A signing keystore for the tests that start the packaged portal (PortalInstance, ProductionStartIT, the cluster
 * ITs): production refuses to start without one. Generated once in target/signing, with a password no published file
 * has (a demo value would be refused too).
 */
public final class TestKeystore {

    public static final Path FILE = Path.of("target/signing/prod-test-portal.p12").toAbsolutePath();
    public static final String PASSWORD = "prod-test-keystore-Qw81zT";
    public static final String ALIAS = "portal";

    private TestKeystore() {
    }

    /** IIN_SIGNING_KEYSTORE, IIN_SIGNING_KEYSTORE_PASSWORD and IIN_SIGNING_KEY_ALIAS of that keystore. */
    public static Map<String, String> env() {
        SigningKeystore.generateIfMissing(FILE, PASSWORD.toCharArray(), ALIAS, "IIN portal prod test");
        return Map.of("IIN_SIGNING_KEYSTORE", FILE.toString(), "IIN_SIGNING_KEYSTORE_PASSWORD", PASSWORD,
                "IIN_SIGNING_KEY_ALIAS", ALIAS);
    }
}
