package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakProfile;

/**
 * Staff accounts in the real Keycloak (the demo realm, whose client iin-portal has a service account allowed to
 * manage users): a supervisor adds an operator through the portal and the account exists with the operator role and
 * the first-sign-in actions; deactivating disables it, reactivating enables it. The supervisor's identity comes from
 * {@code @TestSecurity}; what is under test is the portal's own calls to Keycloak's admin API.
 */
@QuarkusTest
@TestProfile(StaffAccountsKeycloakTest.ManagedInKeycloak.class)
@TestSecurity(user = "kc-staff-supervisor", roles = "supervisor")
class StaffAccountsKeycloakTest {

    /** The Keycloak suites' profile, with staff accounts managed in that Keycloak. */
    public static class ManagedInKeycloak extends KeycloakProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("iin-staff-accounts.provider", "keycloak");
        }
    }

    @Test
    void anOperatorAddedInThePortalGetsAnAccountThatDeactivationDisablesAndReactivationEnables() {
        String login = "kc-op-" + System.nanoTime() % 1_000_000;
        Map<String, String> form = new HashMap<>();
        form.put("login", login);
        form.put("fullName", "Aigerim Keycloak");
        form.put("email", login + "@example.kz");
        form.put("role", "OPERATOR");
        form.put("body", "ASTANA");
        FormSession browser = new FormSession();
        Response added = browser.post("/supervisor/staff/new", "/supervisor/staff/new", form);
        assertEquals(303, added.statusCode(), added.asString());
        String confirmation = browser.get("/supervisor/staff/" + login + "/added").asString();
        // The demo realm has no mail server: the account exists, the page says the e-mail was not sent.
        assertTrue(confirmation.contains("could not send the e-mail to " + login + "@example.kz"), confirmation);

        JsonNode user = KeycloakAdmin.user(login);
        assertTrue(user != null, "the account exists in Keycloak");
        assertTrue(user.get("enabled").asBoolean());
        assertEquals(login + "@example.kz", user.get("email").asText());
        assertEquals("Aigerim", user.get("firstName").asText());
        assertEquals("Keycloak", user.get("lastName").asText());
        List<String> actions = new ArrayList<>();
        user.get("requiredActions").forEach(a -> actions.add(a.asText()));
        assertTrue(actions.containsAll(List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP")), actions.toString());
        assertTrue(KeycloakAdmin.realmRoles(user.get("id").asText()).contains("operator"));

        String confirm = "/supervisor/staff/" + login + "/deactivate";
        assertEquals(303, browser.post(confirm, confirm, Map.of()).statusCode());
        assertFalse(KeycloakAdmin.user(login).get("enabled").asBoolean(), "disabled in Keycloak");

        String member = "/supervisor/staff/" + login;
        assertEquals(303, browser.post(member, member + "/reactivate", Map.of()).statusCode());
        assertTrue(KeycloakAdmin.user(login).get("enabled").asBoolean(), "enabled again");
    }

    @Test
    void aLoginKeycloakAlreadyHasIsRefusedOnTheFormAndNothingIsAdded() {
        // "applicant2" is a demo applicant of the realm with no staff row.
        Map<String, String> form = new HashMap<>();
        form.put("login", "applicant2");
        form.put("fullName", "Not Wei Li");
        form.put("email", "someone-else@example.kz");
        form.put("role", "SUPERVISOR");
        String page = new FormSession().post("/supervisor/staff/new", "/supervisor/staff/new", form).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("The identity provider already has an account with this login"), page);
        assertNull(QuarkusTransaction.requiringNew().call(() -> Staff.findById("applicant2")));
        assertFalse(KeycloakAdmin.realmRoles(KeycloakAdmin.user("applicant2").get("id").asText())
                .contains("supervisor"), "the applicant did not become a supervisor");
    }
}
