package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * Signing out: only a POST with the CSRF token ends the session; a GET (of /signout or the former /logout) only
 * asks. Checked with stubbed identities and with a real session from the dev OIDC server.
 */
@QuarkusTest
class SignOutTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String CLEAR_SITE_DATA = "\"cache\", \"cookies\", \"storage\"";

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void aGetOnlyAsks() {
        for (String route : List.of("/signout", "/logout")) {
            Response response = given().redirects().follow(true).get(route);
            assertEquals(200, response.statusCode(), route);
            assertNull(response.header("Clear-Site-Data"), route);
            response.then().body(containsString("<h1>Sign out?</h1>"))
                    .body(containsString("action=\"/signout\""))
                    .body(containsString("name=\"csrf-token\""));
        }
        given().redirects().follow(false).get("/logout").then().statusCode(303)
                .header("Location", endsWith("/signout"));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void theQuestionIsShownInTheChosenLanguage() {
        given().cookie("_renarde_locale", "kk").get("/signout").then().statusCode(200)
                .body(containsString("<h1>Шығасыз ба?</h1>"));
        given().cookie("_renarde_locale", "ru").get("/signout").then().statusCode(200)
                .body(containsString("<h1>Выйти?</h1>"));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void aPostWithoutTheCsrfTokenIsRefused() {
        Response page = given().get("/signout");
        given().cookies(page.cookies()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").post("/signout")
                .then().statusCode(400).header("Clear-Site-Data", nullValue());
        given().cookies(page.cookies()).redirects().follow(false).formParam("csrf-token", "forged")
                .post("/signout").then().statusCode(400).header("Clear-Site-Data", nullValue());
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void thePostFromTheHeadersButtonSignsOutAndClearsTheSiteData() {
        Response page = given().get("/applications");
        Matcher token = TOKEN.matcher(page.body().asString());
        assertTrue(token.find(), "the header's sign-out form carries the CSRF token");
        Response response = given().cookies(page.cookies()).redirects().follow(false)
                .formParam("csrf-token", token.group(1)).post("/signout");
        assertEquals(303, response.statusCode());
        assertEquals(List.of(CLEAR_SITE_DATA), response.headers().getValues("Clear-Site-Data"));
        response.then().header("Location", not(containsString("signout")));
    }

    @Test
    void nobodySignedInIsSentHome() {
        given().redirects().follow(false).get("/signout").then().statusCode(303).header("Location", endsWith("/"));
    }

    /** With a real OIDC session cookie: GETs leave it alone, the POST deletes it and goes to the provider. */
    @Test
    void aRealSessionEndsOnlyByThePost() {
        Map<String, String> cookies = signIn("applicant");
        assertTrue(cookies.containsKey("q_session"), "signed in: " + cookies.keySet());
        given().cookies(cookies).get("/applications").then().statusCode(200)
                .header("Cache-Control", "no-store");

        Response former = given().cookies(cookies).redirects().follow(false).get("/logout");
        assertEquals(303, former.statusCode());
        assertSessionKept(former, "/logout");
        Response ask = given().cookies(cookies).redirects().follow(false).get("/signout");
        assertEquals(200, ask.statusCode());
        assertSessionKept(ask, "/signout");
        given().cookies(cookies).get("/applications").then().statusCode(200);

        Matcher token = TOKEN.matcher(ask.body().asString());
        assertTrue(token.find());
        Map<String, String> withCsrf = new HashMap<>(cookies);
        withCsrf.putAll(ask.cookies());
        given().cookies(withCsrf).redirects().follow(false).post("/signout").then().statusCode(400);
        Response out = given().cookies(withCsrf).redirects().follow(false).formParam("csrf-token", token.group(1))
                .post("/signout");
        assertEquals(303, out.statusCode());
        assertEquals(List.of(CLEAR_SITE_DATA), out.headers().getValues("Clear-Site-Data"));
        assertTrue(out.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("q_session=") && c.contains("Max-Age=0")),
                "session cookie deleted: " + out.headers().getValues("Set-Cookie"));
        // On to the provider, so its single sign-on session ends too, and back to the home page.
        out.then().header("Location", containsString("/logout?id_token_hint="))
                .header("Location", containsString("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A"));
    }

    private static void assertSessionKept(Response response, String route) {
        assertNull(response.header("Clear-Site-Data"), route);
        assertTrue(response.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("q_session")),
                route + " touched the session: " + response.headers().getValues("Set-Cookie"));
    }

    /** The code flow against Quarkus' dev OIDC server, as a browser does it: its login page's predefined user. */
    static Map<String, String> signIn(String user) {
        Map<String, String> cookies = new HashMap<>();
        Response start = given().redirects().follow(false).get("/login");
        cookies.putAll(start.cookies());
        String authorize = start.header("Location");
        Response loginPage = given().redirects().follow(false).get(authorize);
        Matcher redirect = Pattern.compile("name='redirect_uri' value='([^']+)'").matcher(loginPage.body().asString());
        assertTrue(redirect.find(), "dev OIDC login page");
        String server = authorize.substring(0, authorize.indexOf("/authorize"));
        Response login = given().redirects().follow(false).formParam("redirect_uri", redirect.group(1))
                .formParam("response_type", "code").formParam("client_id", "iin-portal").formParam("scope", "openid")
                .formParam("predefined-" + user, user).post(server + "/login");
        String callback = login.header("Location");
        assertTrue(callback != null && callback.contains("code="), "code: " + login.statusCode() + " " + callback);
        Response back = given().cookies(cookies).redirects().follow(false).urlEncodingEnabled(false).get(callback);
        cookies.putAll(back.cookies());
        return cookies;
    }
}
