package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakProfile;

/**
 * A form left open longer than the access token lives, against the real Keycloak with tokens of a few seconds: the
 * portal refreshes the tokens and the step is saved. When the session really ended, the page the person comes back
 * to after signing in says the last page was not saved, and what was saved before is still there; a page opened
 * after the session ended says only that it had ended and every saved step is kept (without JavaScript there was no
 * timeout warning), and a first sign-in says nothing of the kind.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class SessionExpiryBrowserTest extends KeycloakBrowserTest {

    private static final int TOKEN_SECONDS = 5;

    @BeforeEach
    void shortTokens() {
        KeycloakAdmin.allowPortalAt(portal.toString());
        KeycloakAdmin.accessTokenLifespan(TOKEN_SECONDS);
    }

    @AfterEach
    void realmTokens() {
        KeycloakAdmin.accessTokenLifespan(300);
    }

    @Test
    void aFormPostedAfterTheAccessTokenExpiredSavesTheStep() throws InterruptedException {
        signInAndStartAnApplication();
        fillPerson("Garcia Lopez");

        Thread.sleep((TOKEN_SECONDS + 3) * 1000L); // the access and ID tokens of the sign-in have expired
        submit();

        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/document$"));
        assertTrue(browser.findElements(By.cssSelector(".error-summary")).isEmpty());
        browser.navigate().back();
        browser.navigate().refresh();
        assertEquals("GARCIA LOPEZ", browser.findElement(By.id("familyName")).getAttribute("value"));
    }

    @Test
    void aFormPostedAfterTheSessionEndedIsNotLostSilently() {
        signInAndStartAnApplication();
        fillPerson("Garcia Lopez");
        submit();
        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/document$"));
        String documentPage = browser.getCurrentUrl();

        browser.findElement(By.cssSelector("label[for=documentType-PASSPORT]")).click();
        type("documentNumber", "PAB123456");
        // The session ended: its cookies are gone, as when their age (token life + extension) ran out.
        for (Cookie cookie : browser.manage().getCookies()) {
            if (cookie.getName().startsWith("q_session")) {
                browser.manage().deleteCookieNamed(cookie.getName());
            }
        }
        submit();

        // Through Keycloak (whose own session still runs, so it signs in without asking) and back to the form.
        wait.until(ExpectedConditions.urlToBe(documentPage));
        WebElement notice = wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--warning")));
        assertTrue(notice.getText().contains("Your session had ended, so the last page was not saved"),
                notice.getText());
        // the steps saved before are kept
        browser.get(documentPage.replaceFirst("/document$", "/person"));
        assertEquals("GARCIA LOPEZ", browser.findElement(By.id("familyName")).getAttribute("value"));
        // the notice is shown once
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Your session had ended"));
    }

    @Test
    void aPageOpenedAfterTheSessionEndedSaysSoAfterSigningInAgain() throws InterruptedException {
        browser.get(portal + "login");
        signInAtKeycloak("applicant", "demo");
        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        assertTrue(browser.findElements(By.id("session-restarted")).isEmpty(), "a first sign-in ended no session");
        startAnApplication();
        fillPerson("Garcia Lopez");
        submit();
        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/document$"));
        String personPage = browser.getCurrentUrl().replaceFirst("/document$", "/person");

        // The session ended at the identity provider while the browser keeps the portal's session cookie: once the
        // tokens have expired, the refresh is refused and the next page goes to Keycloak, which asks again.
        KeycloakAdmin.endSessionsOf("applicant");
        Thread.sleep((TOKEN_SECONDS + 3) * 1000L);
        browser.get(personPage);
        signInAtKeycloak("applicant", "demo");

        wait.until(ExpectedConditions.urlToBe(personPage));
        WebElement notice = wait
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-restarted")));
        assertTrue(notice.getText().contains("Your session had ended, so you were asked to sign in again"),
                notice.getText());
        assertTrue(notice.getText().contains("Every step you saved is kept"), notice.getText());
        assertTrue(browser.findElements(By.cssSelector(".notice--warning")).isEmpty(), "nothing was lost");
        assertEquals("GARCIA LOPEZ", browser.findElement(By.id("familyName")).getAttribute("value"));
        // the notice is shown once
        browser.navigate().refresh();
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Your session had ended"));
    }

    private void signInAndStartAnApplication() {
        browser.get(portal + "login");
        signInAtKeycloak("applicant", "demo");
        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        startAnApplication();
    }

    private void startAnApplication() {
        browser.get(portal + "apply");
        browser.findElement(By.cssSelector("label[for=service-FORMATION]")).click();
        submit();
        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/person$"));
    }

    private void fillPerson(String familyName) {
        type("familyName", familyName);
        type("givenNames", "Maria");
        type("birthDate-day", "14");
        type("birthDate-month", "7");
        type("birthDate-year", "1991");
        browser.findElement(By.cssSelector("label[for=sex-FEMALE]")).click();
        new Select(browser.findElement(By.id("citizenship"))).selectByValue("ES");
        type("placeOfBirth", "Madrid, Spain");
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
