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
import kz.iinportal.testsupport.KeycloakResource;
import kz.iinportal.testsupport.ProductionRealmProfile;
import kz.iinportal.testsupport.Totp;

/**
 * Staff must give a one-time code in the production realm: an operator account (as the admin API creates one) is
 * asked to set up an authenticator at the first sign-in and for a code at every sign-in after; the code is computed
 * here from the secret Keycloak shows as text.
 */
@QuarkusTest
@TestProfile(ProductionRealmProfile.class)
class StaffSecondFactorBrowserTest extends KeycloakBrowserTest {

    private static final String REALM = KeycloakResource.PRODUCTION_REALM;
    private static final String PASSWORD = "Operator-Almaty-2026";

    @BeforeEach
    void operatorAccount() {
        KeycloakAdmin.allowPortalAt(REALM, portal.toString());
        // The portal's staff table (db/demo) has the row "operator"; the identity provider gets the account.
        KeycloakAdmin.createUser(REALM, "operator", PASSWORD, "operator");
    }

    @Test
    void anOperatorSetsUpTheirAuthenticatorThenGivesACodeAtEverySignIn() {
        assertTrue(KeycloakAdmin.effectiveRealmRoles(REALM, "operator").contains("staff"));

        browser.get(portal + "login");
        signInAtKeycloak("operator", PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mode-manual"))).click();
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-totp-secret-key")))
                .getText();
        long step = Totp.currentStep();
        browser.findElement(By.id("totp")).sendKeys(Totp.code(secret, step));
        browser.findElement(By.id("userLabel")).sendKeys("Work phone");
        browser.findElement(By.id("saveTOTPBtn")).click();

        wait.until(ExpectedConditions.urlToBe(portal + "review"));
        assertEquals("Yerlan Abenov", browser.findElement(By.cssSelector(".account__name")).getText());
        browser.findElement(By.cssSelector(".account__signout button")).click();
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(portal.toString()) + "(\\?state=.*)?$"));

        browser.get(portal + "login");
        signInAtKeycloak("operator", PASSWORD);
        // Keycloak takes each code once; within the same 30 seconds the next step's code is accepted (look-ahead 1).
        long now = Totp.currentStep();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")))
                .sendKeys(Totp.code(secret, now == step ? now + 1 : now));
        browser.findElement(By.id("kc-login")).click();

        wait.until(ExpectedConditions.urlToBe(portal + "review"));
        Browser.screenshot(browser, "staff-second-factor-review");
    }
}
