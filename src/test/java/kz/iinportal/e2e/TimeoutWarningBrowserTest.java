package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.testsupport.Axe;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakProfile;

/**
 * The timeout warning in a real browser against the real Keycloak, with a session of 40 seconds: the warning comes,
 * takes the focus and passes axe; "stay signed in" keeps the person signed in; left unanswered, the page signs them
 * out (portal and Keycloak) to a page that says every saved step is kept.
 */
@QuarkusTest
@TestProfile(TimeoutWarningBrowserTest.ShortSession.class)
class TimeoutWarningBrowserTest extends KeycloakBrowserTest {

    /** Warns 15 s after a page loads, signs out after 35 s. */
    public static class ShortSession extends KeycloakProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("iin.session.idle-timeout", "PT40S");
            config.put("iin.session.token-lifespan", "PT5S");
            config.put("iin.session.warning", "PT20S");
            return config;
        }
    }

    @BeforeEach
    void portalAllowed() {
        KeycloakAdmin.allowPortalAt(portal.toString());
    }

    @Test
    void theWarningKeepsThePersonSignedInOrSignsThemOut() {
        browser.get(portal + "login");
        signInAtKeycloak("applicant", "demo");
        wait.until(ExpectedConditions.urlToBe(portal + "applications"));

        WebDriverWait patient = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement dialog = patient.until(ExpectedConditions.visibilityOfElementLocated(By.id("timeout-dialog")));
        assertTrue(dialog.getText().contains("You are about to be signed out"), dialog.getText());
        assertEquals("timeout-stay", browser.switchTo().activeElement().getAttribute("id"), "the focus is on Stay");
        List<String> violations = Axe.seriousViolations(browser);
        assertTrue(violations.isEmpty(), String.join("\n", violations));

        browser.findElement(By.id("timeout-stay")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("timeout-dialog")));
        browser.navigate().refresh();
        assertEquals(portal + "applications", browser.getCurrentUrl(), "still signed in");

        // Unanswered: signed out of the portal and of Keycloak, to the page that says why.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/signout/timed-out"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Every step you saved is kept"));
        browser.get(portal + "applications");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))); // Keycloak asks again
    }
}
