package kz.iinportal.testsupport;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What the end-to-end browser tests share: a fresh headless Chromium per test and signing in on the real Keycloak's
 * login page. Subclasses are {@code @QuarkusTest @TestProfile(KeycloakProfile.class)}.
 */
public abstract class KeycloakBrowserTest {

    @TestHTTPResource("/")
    protected URL portal;

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Waits for Keycloak's login page (the portal redirected there) and signs in. */
    protected void signInAtKeycloak(String username, String password) {
        wait.until(ExpectedConditions.urlContains(KeycloakResource.REALM_URL));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }
}
