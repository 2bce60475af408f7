package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.TestCases;

/**
 * Routes × roles: every role reaches its own pages and gets 403 on the others; nobody signed in is sent to the
 * identity provider. New role pages are added to {@link #ROUTES} and are then checked for every role.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Stands in a route for a case of the body of the operator "operator" (ASTANA), filed on first use. */
    static final String CASE = "{case}";

    private static long operatorsCase;

    /** Protected route → the roles that may open it. */
    static final Map<String, Set<String>> ROUTES = new LinkedHashMap<>();
    static {
        ROUTES.put("/applications", Set.of("applicant", "representative", "frontoffice"));
        ROUTES.put("/apply", Set.of("applicant", "representative", "frontoffice"));
        ROUTES.put("/front-office", Set.of("frontoffice"));
        ROUTES.put("/review", Set.of("operator"));
        ROUTES.put("/review/case/" + CASE, Set.of("operator"));
        ROUTES.put("/review/case/" + CASE + "/history", Set.of("operator"));
        ROUTES.put("/supervisor", Set.of("supervisor"));
        ROUTES.put("/supervisor/staff", Set.of("supervisor"));
        ROUTES.put("/supervisor/staff/new", Set.of("supervisor"));
        ROUTES.put("/supervisor/staff/operator", Set.of("supervisor"));
        ROUTES.put("/supervisor/calendar", Set.of("supervisor"));
        ROUTES.put("/supervisor/rules", Set.of("supervisor"));
        ROUTES.put("/supervisor/audit", Set.of("supervisor"));
        ROUTES.put("/supervisor/cases", Set.of("supervisor"));
        ROUTES.put("/supervisor/complaints", Set.of("supervisor"));
    }

    static final Set<String> PUBLIC_ROUTES = Set.of("/", "/iin/check", "/verify", "/.well-known/jwks.json");

    @Test
    void anonymousIsRedirectedToTheIdentityProvider() {
        for (String route : ROUTES.keySet()) {
            Response response = given().redirects().follow(false).get(resolved(route));
            assertEquals(302, response.statusCode(), route);
            String location = response.header("Location");
            assertEquals(true, location.contains("/authorize?") && location.contains("client_id=iin-portal"),
                    route + " → " + location);
        }
        given().redirects().follow(false).get("/login").then().statusCode(302)
                .header("Location", containsString("/authorize?"));
    }

    @Test
    void anonymousReachesPublicPages() {
        for (String route : PUBLIC_ROUTES) {
            given().get(route).then().statusCode(200);
        }
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void applicant() {
        assertMatrix("applicant");
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void representative() {
        assertMatrix("representative");
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOffice() {
        assertMatrix("frontoffice");
    }

    @Test
    @TestSecurity(user = "operator", roles = "operator")
    void operator() {
        assertMatrix("operator");
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void supervisor() {
        assertMatrix("supervisor");
    }

    @Test
    @TestSecurity(user = "nobody", roles = {})
    void signedInWithoutAnyPortalRoleIsForbiddenEverywhere() {
        assertMatrix("none");
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void loginSendsEachPersonToTheirHome() {
        given().redirects().follow(false).get("/login").then().statusCode(303)
                .header("Location", containsString("/applications"));
    }

    @Test
    @TestSecurity(user = "operator2", roles = "operator")
    void operatorLandsOnTheQueue() {
        given().redirects().follow(false).get("/login").then().statusCode(303)
                .header("Location", containsString("/review"));
    }

    /** The route with {@link #CASE} replaced by the operator's case (filed on first use). */
    static synchronized String resolved(String route) {
        if (route.contains(CASE) && operatorsCase == 0) {
            operatorsCase = QuarkusTransaction.requiringNew().call(() -> {
                TestCases.staff("operator", "ASTANA");
                Application a = TestCases.open(Staff.<Staff>findById("operator").territorialBody.code, null);
                a.persist();
                return a.id;
            });
        }
        return route.replace(CASE, String.valueOf(operatorsCase));
    }

    private static void assertMatrix(String role) {
        for (Map.Entry<String, Set<String>> route : ROUTES.entrySet()) {
            int expected = route.getValue().contains(role) ? 200 : 403;
            Response response = given().redirects().follow(false).get(resolved(route.getKey()));
            assertEquals(expected, response.statusCode(), role + " on " + route.getKey());
            if (expected == 403) {
                // The 403 page is the portal's own page, in the layout, not an empty body.
                assertEquals(true, response.body().asString().contains("You cannot open this page"),
                        "403 page for " + role + " on " + route.getKey());
            }
        }
    }
}
