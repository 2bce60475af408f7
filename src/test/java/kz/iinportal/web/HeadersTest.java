package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.application.Application;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.TestCases;

/**
 * Response headers over the routes × roles of {@link AccessMatrixTest}: every answer carries one nosniff, the CSP and
 * the Permissions-Policy; every answer to a signed-in person is no-store.
 */
@QuarkusTest
class HeadersTest {

    @Inject
    DocumentStore documents;

    /** Every route of the matrix, the public pages, the sign-out question and a static file. */
    static List<String> routes() {
        List<String> routes = new ArrayList<>(
                AccessMatrixTest.ROUTES.keySet().stream().map(AccessMatrixTest::resolved).toList());
        routes.addAll(AccessMatrixTest.PUBLIC_ROUTES);
        routes.add("/signout");
        routes.add("/login");
        routes.add("/no-such-page");
        routes.add("/css/portal.css");
        return routes;
    }

    @Test
    void anonymous() {
        assertHeaders("anonymous", false);
        // Nothing personal: the home page and static files may be kept by the browser.
        for (String route : List.of("/", "/css/portal.css")) {
            String cacheControl = given().get(route).then().statusCode(200).extract().header("Cache-Control");
            assertTrue(cacheControl == null || !cacheControl.contains("no-store"), route + ": " + cacheControl);
        }
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void applicant() {
        assertHeaders("applicant", true);
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void representative() {
        assertHeaders("representative", true);
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOffice() {
        assertHeaders("frontoffice", true);
    }

    @Test
    @TestSecurity(user = "operator", roles = "operator")
    void operator() {
        assertHeaders("operator", true);
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void supervisor() {
        assertHeaders("supervisor", true);
    }

    @Test
    @TestSecurity(user = "nobody", roles = {})
    void signedInWithoutAnyPortalRole() {
        assertHeaders("none", true);
    }

    @Test
    @TestSecurity(user = "headers-operator", roles = "operator")
    void aDocumentDownloadSendsNosniffOnceAndNoStore() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff("headers-operator", "MANGYSTAU");
            Application a = TestCases.open("MANGYSTAU", "headers-operator");
            a.persist();
            return a.id;
        });
        long scan = documents.store(id, DocumentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.png(), "someone").id;
        Response response = given().get("/review/case/" + id + "/documents/" + scan);
        assertEquals(200, response.statusCode());
        assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"));
        assertEquals(List.of("no-store"), response.headers().getValues("Cache-Control"));
    }

    private static void assertHeaders(String role, boolean signedIn) {
        for (String route : routes()) {
            Response response = given().redirects().follow(false).get(route);
            String what = role + " on " + route + " (" + response.statusCode() + ")";
            assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"), what);
            List<String> csp = response.headers().getValues("Content-Security-Policy");
            assertEquals(1, csp.size(), what + ": " + csp);
            for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "base-uri 'none'",
                    "object-src 'none'", "form-action 'self'")) {
                assertTrue(csp.get(0).contains(directive), what + ": no " + directive + " in " + csp);
            }
            String permissions = response.header("Permissions-Policy");
            assertTrue(permissions != null && permissions.contains("camera=()")
                    && permissions.contains("geolocation=()"), what + ": Permissions-Policy " + permissions);
            // Static files are the same for everybody; anything else a signed-in person gets is about them.
            if (signedIn && !route.startsWith("/css/")) {
                assertEquals(List.of("no-store"), response.headers().getValues("Cache-Control"), what);
            }
        }
    }
}
