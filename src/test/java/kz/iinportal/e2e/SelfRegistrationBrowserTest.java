package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.Browser;
import kz.iinportal.testsupport.FakeSmtpServer;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakResource;
import kz.iinportal.testsupport.Mails;
import kz.iinportal.testsupport.ProductionRealmProfile;

/**
 * A foreign national with no account, against the production realm: chooses Russian in the portal, registers on
 * Keycloak's page (in Russian), opens the verification link from the e-mail, lands in the portal as an applicant and
 * files an application. The password policy refuses a short password and the user name as password.
 */
@QuarkusTest
@TestProfile(ProductionRealmProfile.class)
class SelfRegistrationBrowserTest extends KeycloakBrowserTest {

    private static final String REALM = KeycloakResource.PRODUCTION_REALM;
    private static FakeSmtpServer smtp;

    @BeforeAll
    static void startSmtpSink() throws IOException {
        smtp = new FakeSmtpServer(KeycloakResource.SMTP_PORT);
        smtp.start();
    }

    @AfterAll
    static void stopSmtpSink() throws IOException {
        smtp.close();
    }

    @BeforeEach
    void portalKnownToKeycloak() {
        KeycloakAdmin.allowPortalAt(REALM, portal.toString());
    }

    @Test
    void aNewPersonSignsUpInRussianVerifiesTheirAddressAndApplies() {
        String username = "maria-" + System.nanoTime();
        String email = username + "@example.es";

        browser.get(portal.toString());
        browser.findElement(By.cssSelector("a[hreflang=ru]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
        browser.findElement(By.cssSelector("a.button--start")).click();

        wait.until(ExpectedConditions.urlContains(KeycloakResource.PRODUCTION_REALM_URL));
        assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"), "Keycloak's login page");
        browser.findElement(By.cssSelector("#kc-registration a")).click();
        register(username, email, "Мария", "Гарсия", "Madrid-Astana-2026!");

        String mail = awaitMailTo(email);
        assertTrue(Mails.texts(mail).stream().anyMatch(t -> t.matches("(?s).*\\p{IsCyrillic}{4,}.*")),
                "the verification e-mail is in Russian: " + mail);
        browser.get(Mails.link(mail, "action-token"));
        List<WebElement> proceed = browser.findElements(By.cssSelector("#kc-info-message a"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click(); // Keycloak confirms on its own page when the link opens without the sign-up's tab
        }

        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        assertEquals("Мария Гарсия", browser.findElement(By.cssSelector(".account__name")).getText());
        assertEquals("Заявитель", browser.findElement(By.cssSelector(".account__role")).getText());
        assertTrue(KeycloakAdmin.effectiveRealmRoles(REALM, username).contains("applicant"));

        fileAnApplication();
        Browser.screenshot(browser, "self-registration-confirmation");
    }

    @Test
    void thePasswordPolicyRefusesAShortPasswordAndTheUserName() {
        String username = "short-pass-" + System.nanoTime();
        browser.get(portal + "login");
        wait.until(ExpectedConditions.urlContains(KeycloakResource.PRODUCTION_REALM_URL));
        browser.findElement(By.cssSelector("#kc-registration a")).click();

        register(username, username + "@example.org", "Ivan", "Petrov", "Short-2026");
        String tooShort = passwordError();
        assertTrue(tooShort.contains("12"), tooShort);

        register(username, username + "@example.org", "Ivan", "Petrov", username);
        String sameAsName = passwordError();
        assertTrue(!sameAsName.isBlank() && !sameAsName.equals(tooShort), sameAsName);

        assertNull(KeycloakAdmin.userId(REALM, username), "no account was created");
    }

    private void register(String username, String email, String firstName, String lastName, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kc-register-form")));
        type("username", username);
        type("email", email);
        type("firstName", firstName);
        type("lastName", lastName);
        type("password", password);
        type("password-confirm", password);
        browser.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
    }

    private String passwordError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("input-error-password"))).getText();
    }

    private String awaitMailTo(String address) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> smtp.messages.stream()
                .filter(m -> m.contains(address)).findFirst().orElse(null));
    }

    /** The shortest complete application, in Russian: for oneself, formation of an IIN. */
    private void fileAnApplication() {
        browser.findElement(By.cssSelector("main a.button[role=button]")).click();
        browser.findElement(By.cssSelector("label[for=service-FORMATION]")).click();
        submit();

        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/person$"));
        type("familyName", "Garcia Lopez");
        type("givenNames", "Maria");
        date("birthDate", LocalDate.of(1991, 7, 14));
        browser.findElement(By.cssSelector("label[for=sex-FEMALE]")).click();
        new Select(browser.findElement(By.id("citizenship"))).selectByValue("ES");
        type("placeOfBirth", "Madrid, Spain");
        submit();

        wait.until(ExpectedConditions.urlMatches(".*/document$"));
        browser.findElement(By.cssSelector("label[for=documentType-PASSPORT]")).click();
        type("documentNumber", "PAB654321");
        new Select(browser.findElement(By.id("documentCountry"))).selectByValue("ES");
        date("documentIssueDate", LocalDate.of(2021, 5, 1));
        date("documentExpiryDate", LocalDate.now().plusYears(4));
        submit();

        wait.until(ExpectedConditions.urlMatches(".*/stay$"));
        type("address", "Dostyk Ave 5, Astana");
        new Select(browser.findElement(By.id("region"))).selectByValue("ASTANA");
        type("email", "maria@example.es");
        type("phone", "+7 701 555 12 12");
        submit();

        wait.until(ExpectedConditions.urlMatches(".*/documents$"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("IDENTITY_DOCUMENT");
        browser.findElement(By.id("file")).sendKeys(passportScan().toString());
        browser.findElement(By.cssSelector("main form[enctype] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "passport.png"));
        browser.findElement(By.cssSelector("main a.button[href$='/check']")).click();

        wait.until(ExpectedConditions.urlMatches(".*/check$"));
        browser.findElement(By.id("declaration")).click();
        browser.findElement(By.id("consent")).click();
        submit();

        wait.until(ExpectedConditions.urlMatches(".*/confirmation$"));
        String reference = browser.findElement(By.cssSelector(".panel__reference")).getText();
        assertTrue(ReferenceNumber.isValid(reference), reference);
    }

    private static Path passportScan() {
        try {
            Path file = Files.createTempDirectory("scan").resolve("passport.png");
            Files.write(file, TestFiles.png());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void date(String field, LocalDate date) {
        type(field + "-day", String.valueOf(date.getDayOfMonth()));
        type(field + "-month", String.valueOf(date.getMonthValue()));
        type(field + "-year", String.valueOf(date.getYear()));
    }
}
