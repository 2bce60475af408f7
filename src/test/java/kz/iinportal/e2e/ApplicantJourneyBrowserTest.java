package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.testsupport.Axe;
import kz.iinportal.testsupport.Browser;
import kz.iinportal.testsupport.KeycloakAdmin;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakProfile;

/**
 * The applicant's whole journey in a real browser, signed in through the real Keycloak: from sign-in to the
 * confirmation page. axe-core checks every page of the journey, including a page showing errors; any serious or
 * critical accessibility violation fails the test.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class ApplicantJourneyBrowserTest extends KeycloakBrowserTest {

    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void portalKnownToKeycloak() {
        KeycloakAdmin.allowPortalAt(portal.toString());
    }

    @Test
    void applicantAppliesForAnIinFromSignInToConfirmation() {
        browser.get(portal.toString());
        audit("home");
        browser.findElement(By.cssSelector("a.button--start")).click();
        signInAtKeycloak("applicant2", "demo");

        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        audit("my applications");
        browser.findElement(By.linkText("Start a new application")).click();

        audit("start");
        browser.findElement(By.cssSelector("label[for=service-FORMATION]")).click();
        continueButton().click();

        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/person$"));
        continueButton().click(); // nothing filled in: the errors page is checked too
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        audit("personal details with errors");
        type("familyName", "Garcia Lopez");
        type("givenNames", "Maria");
        date("birthDate", "14", "7", "1991");
        browser.findElement(By.cssSelector("label[for=sex-FEMALE]")).click();
        new Select(browser.findElement(By.id("citizenship"))).selectByValue("ES");
        type("placeOfBirth", "Madrid, Spain");
        continueButton().click();

        wait.until(ExpectedConditions.urlMatches(".*/document$"));
        audit("identity document");
        browser.findElement(By.cssSelector("label[for=documentType-PASSPORT]")).click();
        type("documentNumber", "PAB123456");
        new Select(browser.findElement(By.id("documentCountry"))).selectByValue("ES");
        date("documentIssueDate", "1", "May", "2021");
        LocalDate expiry = LocalDate.now().plusYears(4);
        date("documentExpiryDate", String.valueOf(expiry.getDayOfMonth()), String.valueOf(expiry.getMonthValue()),
                String.valueOf(expiry.getYear()));
        continueButton().click();

        wait.until(ExpectedConditions.urlMatches(".*/stay$"));
        audit("stay in Kazakhstan");
        type("address", "Dostyk Ave 5, Astana");
        new Select(browser.findElement(By.id("region"))).selectByValue("ASTANA");
        type("email", "maria@example.es");
        type("phone", "+7 701 555 12 12");
        continueButton().click();

        wait.until(ExpectedConditions.urlMatches(".*/documents$"));
        audit("documents");
        new Select(browser.findElement(By.id("kind"))).selectByValue("IDENTITY_DOCUMENT");
        browser.findElement(By.id("file")).sendKeys(passportScan().toString());
        browser.findElement(By.cssSelector("main form[enctype] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "passport.png"));
        browser.findElement(By.linkText("Continue")).click();

        wait.until(ExpectedConditions.urlMatches(".*/check$"));
        audit("check your answers");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("GARCIA LOPEZ"));
        browser.findElement(By.id("declaration")).click();
        browser.findElement(By.id("consent")).click();
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches(".*/confirmation$"));
        audit("confirmation");
        String reference = browser.findElement(By.cssSelector(".panel__reference")).getText();
        assertTrue(ReferenceNumber.isValid(reference), reference);
        Browser.screenshot(browser, "applicant-journey-confirmation");

        assertEquals(List.of(), violations, "serious or critical accessibility violations");
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

    private void audit(String page) {
        Axe.seriousViolations(browser).forEach(v -> violations.add(page + ": " + v));
    }

    private WebElement continueButton() {
        return browser.findElement(By.cssSelector("main form button[type=submit]"));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A date typed as a person types it: day, month and year in their three fields. */
    private void date(String field, String day, String month, String year) {
        type(field + "-day", day);
        type(field + "-month", month);
        type(field + "-year", year);
    }
}
