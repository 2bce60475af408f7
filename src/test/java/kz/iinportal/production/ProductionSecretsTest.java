package kz.iinportal.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The rules of ProductionSecrets; ProductionStartIT shows the packaged portal applying them. */
class ProductionSecretsTest {

    private static final String CLIENT_SECRET = "kc-generated-client-secret-4Fz81Qw0";
    private static final String ENCRYPTION_SECRET = "a-random-cookie-key-of-40-characters-abcd";

    private static Map<String, String> good() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", ENCRYPTION_SECRET);
        settings.put("quarkus.datasource.password", "data-role-password-x81");
        settings.put("quarkus.flyway.migrate-at-start", "false");
        settings.put("iin.signing.keystore", "/run/secrets/signing/portal.p12");
        settings.put("iin.signing.keystore-password", "signing-keystore-password-q7");
        settings.put("iin.audit.checkpoint-dir", "/var/lib/iin/audit-checkpoints");
        return settings;
    }

    private static List<String> problems(Map<String, String> settings) {
        return ProductionSecrets.problems(false, name -> Optional.ofNullable(settings.get(name)));
    }

    private static void assertOneProblemNaming(String variable, String words, List<String> problems) {
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith(variable + " "), problems::toString);
        assertTrue(problems.get(0).contains(words), problems::toString);
    }

    @Test
    void aGoodConfigurationHasNoProblem() {
        assertEquals(List.of(), problems(good()));
    }

    @Test
    void everyDemoValueIsRefusedWhereverItIsUsed() {
        for (String demo : List.of("change-me-portal-client-secret-0123456789", "iin", "iin_owner")) {
            for (var setting : Map.of("quarkus.oidc.credentials.secret", "IIN_OIDC_CLIENT_SECRET",
                    "quarkus.datasource.password", "IIN_DB_PASSWORD").entrySet()) {
                Map<String, String> settings = good();
                settings.put(setting.getKey(), demo);
                assertOneProblemNaming(setting.getValue(), "demo value", problems(settings));
            }
        }
        Map<String, String> settings = good();
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", "change-me-portal-client-secret-0123456789");
        assertOneProblemNaming("IIN_TOKEN_ENCRYPTION_SECRET", "demo value", problems(settings));
    }

    @Test
    void missingOrBlankSecretsAreNamed() {
        for (var setting : Map.of("quarkus.oidc.credentials.secret", "IIN_OIDC_CLIENT_SECRET",
                "quarkus.oidc.token-state-manager.encryption-secret", "IIN_TOKEN_ENCRYPTION_SECRET",
                "quarkus.datasource.password", "IIN_DB_PASSWORD").entrySet()) {
            Map<String, String> settings = good();
            settings.remove(setting.getKey());
            assertOneProblemNaming(setting.getValue(), "not set", problems(settings));
            settings.put(setting.getKey(), "   ");
            assertOneProblemNaming(setting.getValue(), "not set", problems(settings));
        }
    }

    @Test
    void theEncryptionSecretIsLongAndItsOwn() {
        Map<String, String> settings = good();
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", "x".repeat(31));
        assertOneProblemNaming("IIN_TOKEN_ENCRYPTION_SECRET", "shorter than 32", problems(settings));
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", "x".repeat(32));
        assertEquals(List.of(), problems(settings));
        settings.put("quarkus.oidc.token-state-manager.encryption-secret", CLIENT_SECRET);
        assertOneProblemNaming("IIN_TOKEN_ENCRYPTION_SECRET", "is the client secret", problems(settings));
    }

    @Test
    void thePortalHoldsNoOwnerCredentialsAndDoesNotMigrate() {
        Map<String, String> settings = good();
        settings.put("IIN_DB_OWNER_PASSWORD", "owner-password-x81");
        assertOneProblemNaming("IIN_DB_OWNER_PASSWORD", "only bin/migrate", problems(settings));

        settings = good();
        settings.put("quarkus.flyway.password", "owner-password-x81");
        assertOneProblemNaming("QUARKUS_FLYWAY_PASSWORD", "does not migrate", problems(settings));

        settings = good();
        settings.put("quarkus.flyway.migrate-at-start", "true");
        assertOneProblemNaming("QUARKUS_FLYWAY_MIGRATE_AT_START", "bin/migrate", problems(settings));
    }

    @Test
    void productionNeedsASigningKeystoreWithARealPassword() {
        Map<String, String> settings = good();
        settings.remove("iin.signing.keystore");
        assertOneProblemNaming("IIN_SIGNING_KEYSTORE", "not set", problems(settings));
        settings.put("iin.signing.keystore", " ");
        assertOneProblemNaming("IIN_SIGNING_KEYSTORE", "not set", problems(settings));

        settings = good();
        settings.remove("iin.signing.keystore-password");
        assertOneProblemNaming("IIN_SIGNING_KEYSTORE_PASSWORD", "not set", problems(settings));
        settings.put("iin.signing.keystore-password", "dev-signing-keystore-password");
        assertOneProblemNaming("IIN_SIGNING_KEYSTORE_PASSWORD", "demo value", problems(settings));
    }

    @Test
    void productionNeedsADirectoryForTheAuditCheckpoints() {
        Map<String, String> settings = good();
        settings.remove("iin.audit.checkpoint-dir");
        assertOneProblemNaming("IIN_AUDIT_CHECKPOINT_DIR", "not set", problems(settings));
        settings.put("iin.audit.checkpoint-dir", "");
        assertOneProblemNaming("IIN_AUDIT_CHECKPOINT_DIR", "not set", problems(settings));
    }

    @Test
    void allProblemsAreToldAtOnce() {
        assertEquals(6, problems(Map.of()).size(), () -> problems(Map.of()).toString());
    }

    @Test
    void migratingNeedsOnlyTheOwnersPasswordAndNoDemoOne() {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.flyway.password", "owner-password-x81");
        settings.put("IIN_DB_OWNER_PASSWORD", "owner-password-x81");
        assertEquals(List.of(), ProductionSecrets.problems(true, name -> Optional.ofNullable(settings.get(name))));
        settings.put("quarkus.flyway.password", "iin_owner");
        List<String> problems = ProductionSecrets.problems(true, name -> Optional.ofNullable(settings.get(name)));
        assertOneProblemNaming("IIN_DB_OWNER_PASSWORD", "demo value", problems);
    }
}
