package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.testsupport.Browser;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakProfile;
import kz.iinportal.testsupport.KeycloakResource;

/** The real code flow in a real browser against the real Keycloak with the shipped realm. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakLoginTest extends KeycloakBrowserTest {

    @BeforeEach
    void portalKnownToKeycloak() {
        KeycloakAdmin.allowPortalAt(portal.toString());
    }

    @Test
    void applicantSignsInLandsSignedInAndSignsOutOfPortalAndProvider() {
        browser.get(portal + "login");
        signInAtKeycloak("applicant", "demo");

        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        assertEquals("John Smith", browser.findElement(By.cssSelector(".account__name")).getText());
        assertEquals("Applicant", browser.findElement(By.cssSelector(".account__role")).getText());
        assertTrue(browser.findElement(By.cssSelector("nav.nav")).getText().contains("My applications"));
        Browser.screenshot(browser, "keycloak-login-applicant");

        browser.findElement(By.cssSelector(".account__signout button")).click();
        // Keycloak returns to the post-logout page with the state Quarkus sent it.
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(portal.toString()) + "(\\?state=.*)?$"));
        assertTrue(browser.findElements(By.cssSelector(".account__name")).isEmpty(), "portal session ended");
        assertEquals("Sign in", browser.findElement(By.cssSelector(".account a")).getText());

        // The provider's session ended too: a protected page asks for the password again instead of signing in silently.
        browser.get(portal + "applications");
        wait.until(ExpectedConditions.urlContains(KeycloakResource.REALM_URL));
        assertTrue(browser.findElement(By.id("username")).isDisplayed());
    }

    @Test
    void operatorSignsInAndSeesTheirTerritorialBody() {
        browser.get(portal + "login");
        signInAtKeycloak("operator2", "demo");

        wait.until(ExpectedConditions.urlToBe(portal + "review"));
        assertEquals("Aliya Nurlanova", browser.findElement(By.cssSelector(".account__name")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Police Department of Almaty"));
    }

}
