package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import kz.iinportal.application.Application;
import kz.iinportal.application.ApplicationStatus;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.Submission;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Iin;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.IinStatus;
import kz.iinportal.iin.Sex;
import kz.iinportal.testsupport.Axe;
import kz.iinportal.testsupport.Browser;
import kz.iinportal.testsupport.KeycloakBrowserTest;
import kz.iinportal.testsupport.KeycloakProfile;
import kz.iinportal.testsupport.TestCases;

/**
 * The operator's side in a real browser against the real Keycloak: the Astana operator finds a demo applicant's case
 * in the queue, assigns it to themself, opens it and accepts it; the applicant then signs in and their status page
 * shows the IIN the register formed. axe-core checks the queue and the review page before and after each action.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class OperatorDecisionBrowserTest extends KeycloakBrowserTest {

    static final LocalDate BIRTH_DATE = LocalDate.of(1988, 3, 21);

    @Inject
    Submission submission;

    @Inject
    DocumentStore documents;

    final List<String> violations = new ArrayList<>();

    @Test
    void operatorAcceptsAFormationAndTheApplicantSeesTheFormedIin() {
        Case filed = submittedFormationOfTheDemoApplicant();

        browser.get(portal + "login");
        signInAtKeycloak("operator", "demo");
        wait.until(ExpectedConditions.urlToBe(portal + "review"));
        assertTrue(main().getText().contains("Police Department of Astana"));
        audit("queue");

        // Other suites sharing this Quarkus instance may have filled Astana's queue; the search finds the case on
        // any page, and the queue's own search is part of what the operator uses.
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys(filed.reference());
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("q="));
        audit("queue search");
        WebElement row = caseRow(filed.reference());
        assertTrue(row.getText().contains("MBEKI"), row.getText());
        assertTrue(row.getText().contains("Submitted"), row.getText());
        row.findElement(By.xpath(".//form[contains(@action,'/assign')]//button")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--success")));
        audit("queue after assignment");
        row = caseRow(filed.reference());
        assertTrue(row.getText().contains("In review"), row.getText());
        assertTrue(row.getText().contains("Yerlan Abenov"), "assignee shown by name: " + row.getText());
        row.findElement(By.linkText(filed.reference())).click();

        wait.until(ExpectedConditions.urlToBe(portal + "review/case/" + filed.id()));
        assertTrue(main().getText().contains("MBEKI THABO"), main().getText());
        audit("review page");
        browser.findElement(By.cssSelector("form[action$='/accept'] button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice--success")));
        } catch (RuntimeException e) {
            System.err.println("DEBUGPAGE " + browser.getCurrentUrl() + "\n" + browser.getPageSource());
            throw e;
        }
        assertEquals(portal + "review/case/" + filed.id(), browser.getCurrentUrl());
        audit("review page after the decision");
        assertTrue(main().getText().contains("IIN formed"), main().getText());
        assertFalse(main().getText().contains("An ACTIVE IIN is already registered"),
                "the IIN this case formed is not a warning about itself");
        String iinOnReviewPage = summaryValue("IIN formed or corrected by this application");
        Browser.screenshot(browser, "operator-decision-review");

        browser.findElement(By.cssSelector(".account__signout button")).click();
        wait.until(ExpectedConditions.urlMatches("^" + Pattern.quote(portal.toString()) + "(\\?state=.*)?$"));

        browser.get(portal + "login");
        signInAtKeycloak("applicant", "demo");
        wait.until(ExpectedConditions.urlToBe(portal + "applications"));
        browser.findElement(By.linkText(filed.reference())).click();
        wait.until(ExpectedConditions.urlToBe(portal + "applications/" + filed.id()));
        String shown = summaryValue("Your IIN");
        Browser.screenshot(browser, "operator-decision-applicant-status");

        Iin iin = Iin.tryParse(shown).orElseThrow(() -> new AssertionError("not a valid IIN: '" + shown + "'"));
        assertTrue(shown.matches("\\d{12}"), shown);
        assertEquals(BIRTH_DATE, iin.birthDate());
        assertEquals(Sex.MALE, iin.sex());
        assertEquals(iinOnReviewPage, shown);
        assertTrue(summaryValue("Status").contains("IIN formed"));
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(filed.id());
            assertEquals(ApplicationStatus.IIN_FORMED, app.status);
            assertEquals("operator", app.assignedTo);
            assertEquals(shown, app.resultIin);
            IinRecord record = IinRecord.findByIin(shown).orElseThrow();
            assertEquals(IinStatus.ACTIVE, record.status);
            assertEquals(filed.reference(), record.formedByApplication);
        });

        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    record Case(long id, String reference) {
    }

    /**
     * A formation case filed by the demo applicant ("applicant", the preferred_username Keycloak sends) and submitted
     * through the same service the journey's last step calls, after the same completeness checks, so it is in the
     * Astana queue exactly as a browser submission would be. A fresh document number keeps the register's
     * "same document already has an ACTIVE IIN" rule from blocking the acceptance on a reused database.
     */
    private Case submittedFormationOfTheDemoApplicant() {
        String documentNumber = "E2E" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application("ASTANA");
            // a draft: Submission below gives it its reference
            a.reference = null;
            a.createdBy = "applicant";
            a.familyName = "MBEKI";
            a.givenNames = "THABO";
            a.birthDate = BIRTH_DATE;
            a.sex = Sex.MALE;
            a.citizenship = "ZA";
            a.stateless = false;
            a.placeOfBirth = "Johannesburg, South Africa";
            a.documentType = DocumentType.PASSPORT;
            a.documentNumber = documentNumber;
            a.documentCountry = "ZA";
            a.documentIssueDate = LocalDate.now().minusYears(2);
            a.documentExpiryDate = LocalDate.now().plusYears(8);
            a.address = "Kabanbay Batyr Ave 10, Astana";
            a.email = "thabo@example.za";
            a.phone = "+7 701 555 34 34";
            a.persist();
            a.record(a.createdBy, "applicant", EventKind.CREATED);
            return a.id;
        });
        documents.store(id, DocumentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.png(), "applicant");
        return QuarkusTransaction.requiringNew().call(() -> {
            Application a = Application.findById(id);
            assertEquals(List.of(), submission.missingAnswers(a), "the draft is complete");
            assertTrue(submission.allowedToday(a), "the rules in force accept an online formation by the applicant");
            submission.submit(a, "applicant", "applicant");
            return new Case(a.id, a.reference);
        });
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }

    private WebElement caseRow(String reference) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//main//table//tr[.//a[normalize-space()='" + reference + "']]")));
    }

    /** The value of a row of the summary list, found by its visible label. */
    private String summaryValue(String label) {
        return main().findElement(By.xpath(".//dl//div[dt[normalize-space()='" + label + "']]/dd")).getText().strip();
    }

    private void audit(String page) {
        Axe.seriousViolations(browser).forEach(v -> violations.add(page + ": " + v));
    }
}
