package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.identity.Specimens;
import kz.iinportal.testsupport.Axe;
import kz.iinportal.testsupport.Browser;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakProfile;

/**
 * The machine-readable zone in a real browser, signed in through the real Keycloak: the ICAO passport specimen typed
 * into the person step fills the form; one digit changed, the page names the check digit that fails; the zone put
 * right, Continue brings the document step with the zone's number and expiry. axe-core checks each page.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class MrzBrowserTest extends KeycloakBrowserTest {

    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void portalKnownToKeycloak() {
        KeycloakAdmin.allowPortalAt(portal.toString());
    }

    @Test
    void aPastedZoneFillsThePersonStepAndAChangedDigitIsNamed() {
        browser.get(portal + "login");
        signInAtKeycloak("applicant2", "demo");
        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        browser.get(portal + "apply");
        browser.findElement(By.cssSelector("label[for=service-FORMATION]")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/person$"));

        zone(Specimens.TD3);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mrz-filled")));
        audit("person step filled from the zone");
        assertEquals("ERIKSSON", value("familyName"));
        assertEquals("ANNA MARIA", value("givenNames"));
        assertEquals("1974-08-12", value("birthDate"));
        assertTrue(browser.findElement(By.id("sex-FEMALE")).isSelected());
        assertTrue(browser.findElement(By.id("mrz-notes")).getText().contains("UTO"), "no country for Utopia");
        Browser.screenshot(browser, "mrz-filled");

        zone(Specimens.TD3.replace("7408122F", "7408132F"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".error-summary")));
        audit("person step with a wrong check digit");
        String expected = "These check digits of the zone do not match: date of birth, final check digit of the"
                + " whole zone";
        assertTrue(summary.getText().contains(expected), summary.getText());
        assertTrue(browser.findElement(By.id("mrz-error")).getText().contains(expected));
        Browser.screenshot(browser, "mrz-check-digit");

        zone(Specimens.TD3);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mrz-filled")));
        new Select(browser.findElement(By.id("citizenship"))).selectByValue("SE");
        WebElement place = browser.findElement(By.id("placeOfBirth"));
        place.clear();
        place.sendKeys("Zenith, Utopia");
        browser.findElement(By.cssSelector("main form button.button:not(.button--secondary)")).click();

        wait.until(ExpectedConditions.urlMatches(".*/document$"));
        audit("document step from the zone");
        assertEquals("L898902C3", value("documentNumber"));
        assertEquals("2012-04-15", value("documentExpiryDate"));
        assertTrue(browser.findElement(By.id("documentType-PASSPORT")).isSelected());

        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    /** Types the zone as a person would, one line per row, and selects "Fill in from the zone". */
    private void zone(String text) {
        WebElement field = browser.findElement(By.id("mrz"));
        field.clear();
        field.sendKeys(text);
        browser.findElement(By.id("mrz-fill")).click();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private void audit(String page) {
        Axe.seriousViolations(browser).forEach(v -> violations.add(page + ": " + v));
    }
}
