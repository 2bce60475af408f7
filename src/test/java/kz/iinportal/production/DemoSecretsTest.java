package kz.iinportal.production;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The published secrets are all in DemoSecrets, so production refuses each of them. */
class DemoSecretsTest {

    @Test
    void theDefaultsOfApplicationPropertiesAreDemoValues() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Matcher defaults = Pattern.compile("\\$\\{(IIN_OIDC_CLIENT_SECRET|IIN_DB_PASSWORD|IIN_DB_OWNER_PASSWORD"
                + "|IIN_TOKEN_ENCRYPTION_SECRET|IIN_SIGNING_KEYSTORE_PASSWORD):([^}]+)}").matcher(properties);
        int found = 0;
        while (defaults.find()) {
            found++;
            assertTrue(DemoSecrets.isDemo(defaults.group(2)), defaults.group() + " is missing from DemoSecrets");
        }
        assertTrue(found >= 3, "application.properties gives its demo secrets as defaults: " + found);
    }

    @Test
    void theDemoRealmsClientSecretIsADemoValue() throws IOException {
        String realm = Files.readString(Path.of("deploy/keycloak/iin-realm.json"));
        Matcher secrets = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(realm);
        assertTrue(secrets.find(), "the demo realm has a client secret");
        do {
            assertTrue(DemoSecrets.isDemo(secrets.group(1)), secrets.group(1) + " is missing from DemoSecrets");
        } while (secrets.find());
    }

    @Test
    void theDatabasePasswordsOfEnsurePostgresAreDemoValues() throws IOException {
        String script = Files.readString(Path.of("bin/ensure-postgres"));
        Matcher passwords = Pattern.compile("PASSWORD=\"\\$\\{IIN_DB_\\w*PASSWORD:-([^}]+)}\"").matcher(script);
        int found = 0;
        while (passwords.find()) {
            found++;
            assertTrue(DemoSecrets.isDemo(passwords.group(1)), passwords.group(1) + " is missing from DemoSecrets");
        }
        assertTrue(found == 2, "bin/ensure-postgres' two passwords: " + found);
    }
}
