package kz.iinportal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes the running test Keycloak's realms through its admin API (the bootstrap admin that {@link KeycloakResource}
 * creates), so a test can shorten token lives or add a staff account without a realm file of its own.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REALM_ADMIN = realmAdmin("iin");

    private KeycloakAdmin() {
    }

    /** Sets the realm's access-token (and ID-token) life in seconds; the realm file's value is 300. */
    public static void accessTokenLifespan(int seconds) {
        send("PUT", REALM_ADMIN, "{\"accessTokenLifespan\": " + seconds + "}");
    }

    /**
     * Ends every Keycloak session of a user, as when the identity provider's session ran out: the portal's refresh
     * token is refused from then on, and Keycloak asks for the password again.
     */
    public static void endSessionsOf(String username) {
        try {
            JsonNode users = JSON.readTree(send("GET", REALM_ADMIN + "/users?exact=true&username=" + username, null));
            send("POST", REALM_ADMIN + "/users/" + users.get(0).get("id").asText() + "/logout", null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lets the portal's client return to a portal on any port: the realm file allows 8080 and 8081 only, and the
     * tests may run on another port (-Dquarkus.http.test-port).
     */
    public static void allowPortalAt(String portalBase) {
        allowPortalAt("iin", portalBase);
    }

    /** The same for one realm, e.g. {@link KeycloakResource#PRODUCTION_REALM}. */
    public static void allowPortalAt(String realm, String portalBase) {
        String admin = realmAdmin(realm);
        try {
            JsonNode clients = JSON.readTree(send("GET", admin + "/clients?clientId=iin-portal", null));
            ObjectNode client = (ObjectNode) clients.get(0);
            String pattern = portalBase.endsWith("/") ? portalBase + "*" : portalBase + "/*";
            ArrayNode redirects = (ArrayNode) client.get("redirectUris");
            for (JsonNode uri : redirects) {
                if (uri.asText().equals(pattern)) {
                    return;
                }
            }
            redirects.add(pattern);
            ObjectNode attributes = (ObjectNode) client.get("attributes");
            attributes.put("post.logout.redirect.uris",
                    attributes.path("post.logout.redirect.uris").asText("") + "##" + pattern);
            send("PUT", admin + "/clients/" + client.get("id").asText(), JSON.writeValueAsString(client));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the portal's client another secret (production refuses the demo realm's); returns the one it had. */
    public static String portalClientSecret(String secret) {
        try {
            JsonNode clients = JSON.readTree(send("GET", REALM_ADMIN + "/clients?clientId=iin-portal", null));
            ObjectNode client = (ObjectNode) clients.get(0);
            String before = client.path("secret").asText();
            client.put("secret", secret);
            send("PUT", REALM_ADMIN + "/clients/" + client.get("id").asText(), JSON.writeValueAsString(client));
            return before;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates an account with a (non-temporary) password and one realm role, its e-mail verified, as a supervisor's
     * staff management or kcadm.sh would; removes an account of that name left by an earlier run first.
     */
    public static void createUser(String realm, String username, String password, String realmRole) {
        String admin = realmAdmin(realm);
        deleteUser(realm, username);
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("firstName", "Yerlan").put("lastName", "Abenov").put("email", username + "@iin.test")
                .put("emailVerified", true);
        user.putArray("credentials").addObject().put("type", "password").put("value", password)
                .put("temporary", false);
        send("POST", admin + "/users", user.toString());
        String id = userId(realm, username);
        try {
            String role = send("GET", admin + "/roles/" + realmRole, null);
            send("POST", admin + "/users/" + id + "/role-mappings/realm", "[" + role + "]");
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot give " + username + " the role " + realmRole, e);
        }
    }

    public static void deleteUser(String realm, String username) {
        String id = userId(realm, username);
        if (id != null) {
            send("DELETE", realmAdmin(realm) + "/users/" + id, null);
        }
    }

    /** The account's id, or null when the realm has no account of exactly that name. */
    public static String userId(String realm, String username) {
        try {
            JsonNode users = JSON.readTree(send("GET", realmAdmin(realm) + "/users?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8), null));
            return users.isEmpty() ? null : users.get(0).get("id").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The realm's user with this user name, as the admin API returns it; null when there is none. */
    public static JsonNode user(String username) {
        try {
            JsonNode users = JSON.readTree(send("GET", REALM_ADMIN + "/users?exact=true&username=" + username, null));
            return users.isEmpty() ? null : users.get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the realm roles the user has been given directly. */
    public static List<String> realmRoles(String userId) {
        try {
            List<String> names = new ArrayList<>();
            for (JsonNode role : JSON.readTree(send("GET", REALM_ADMIN + "/users/" + userId + "/role-mappings/realm",
                    null))) {
                names.add(role.get("name").asText());
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account's realm roles, composites expanded (what Keycloak puts into the token). */
    public static List<String> effectiveRealmRoles(String realm, String username) {
        try {
            JsonNode roles = JSON.readTree(send("GET",
                    realmAdmin(realm) + "/users/" + userId(realm, username) + "/role-mappings/realm/composite", null));
            List<String> names = new ArrayList<>();
            roles.forEach(r -> names.add(r.get("name").asText()));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String realmAdmin(String realm) {
        return KeycloakResource.BASE_URL + "/admin/realms/" + realm;
    }

    private static String send(String method, String url, String json) {
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpResponse<String> token = client.send(HttpRequest.newBuilder(
                    URI.create(KeycloakResource.BASE_URL + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (token.statusCode() != 200) {
                throw new IllegalStateException("Keycloak admin sign-in failed: " + token.statusCode());
            }
            String accessToken = JSON.readTree(token.body()).get("access_token").asText();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + url + " failed: " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
