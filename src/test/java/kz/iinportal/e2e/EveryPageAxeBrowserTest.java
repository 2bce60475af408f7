package kz.iinportal.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.EventKind;
import kz.iinportal.application.ReferenceNumber;
import kz.iinportal.application.Submission;
import kz.iinportal.complaint.ComplaintCases;
import kz.iinportal.complaint.Complaints;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.Axe;
import kz.iinportal.testsupport.Browser;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.TestCases;

/**
 * axe-core over every page template, for every role, in Kazakh, Russian and English, error states included: any
 * serious or critical violation fails, and so does a button or form field under 24 × 24 px (WCAG 2.2 SC 2.5.8). One Chromium for the whole class; the role comes from {@code @TestSecurity}
 * (which also holds for the browser's requests to this Quarkus instance), so no identity provider is started: signing
 * in itself is covered by the Keycloak suites. Each visit names the template it shows, and the last test fails when a
 * template under templates/ was shown by no visit, so a new page cannot escape the check. A screenshot of every
 * visit goes to target/screenshots.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryPageAxeBrowserTest {

    static final String BODY = "ZHAMBYL";
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /**
     * Templates no visit here can show, each with why. Keep this short: anything reachable belongs in a visit.
     */
    static final Map<String, String> NOT_VISITED = Map.of();

    static WebDriver browser;
    static WebDriverWait wait;
    static final Set<String> visited = new TreeSet<>();
    static final List<String> violations = new ArrayList<>();
    static final List<Path> screenshots = new ArrayList<>();

    @TestHTTPResource("/")
    URL portal;

    @Inject
    Complaints complaints;

    @Inject
    Submission submission;

    @Inject
    DocumentStore documents;

    @Inject
    Register register;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        screenshots.forEach(p -> System.out.println("SCREENSHOT " + p.toAbsolutePath()));
    }

    @Test
    @Order(1)
    void anonymousPages() {
        eachLanguage("/", "Home/index", "anonymous");
        eachLanguage("/iin/check", "IinCheck/index", "anonymous");
        eachLanguage("/iin/check?iin=123", "IinCheck/index", "anonymous-error");
        eachLanguage("/verify", "Verification/index", "anonymous");
        eachLanguage("/verify?number=nonsense", "Verification/index", "anonymous-error");
        eachLanguage("/verify?t=not.a.token", "Verification/index", "anonymous-refused-token");
        eachLanguage("/test-only/too-many", "Verification/tooMany", "anonymous");
        eachLanguage("/signout/timed-out", "SignOut/timedOut", "anonymous");
        eachLanguage("/no/such/page", "Errors/notFound", "anonymous");
        eachLanguage("/test-only/boom", "Errors/serverError", "anonymous");
        eachLanguage("/test-only/bad-request", "Errors/badRequest", "anonymous");
        eachLanguage("/test-only/outage", "Errors/serviceUnavailable", "anonymous");
        eachLanguage("/unavailable/sign-in", "Errors/signInUnavailable", "anonymous");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "axe-applicant", roles = "applicant")
    void applicantPages() {
        long draft = completeDraft("axe-applicant");
        long filed = completeDraft("axe-applicant");
        QuarkusTransaction.requiringNew().run(() -> submission.submit(Application.findById(filed), "axe-applicant",
                "applicant"));
        eachLanguage("/applications", "Applications/index", "applicant");
        eachLanguage("/applications/" + filed, "Applications/detail", "applicant");
        eachLanguage("/apply/" + filed + "/confirmation", "Apply/confirmation", "applicant");
        eachLanguage("/apply", "Apply/start", "applicant");
        eachLanguage("/apply/" + draft + "/document", "Apply/document", "applicant");
        eachLanguage("/apply/" + draft + "/stay", "Apply/stay", "applicant");
        eachLanguage("/apply/" + draft + "/documents", "Apply/documents", "applicant");
        eachLanguage("/apply/" + draft + "/check", "Apply/check", "applicant");
        eachLanguage("/signout", "SignOut/confirm", "applicant");
        eachLanguage("/applications/" + filed + "/withdraw", "Applications/withdrawal", "applicant");
        eachLanguage("/apply/" + draft + "/service", "Apply/service", "applicant");
        long refused = ComplaintCases.refused(BODY, "axe-applicant", "axe-refuser");
        eachLanguage("/applications/" + refused + "/complaint", "ComplaintFiling/form", "applicant");
        eachLanguage("/supervisor", "Errors/forbidden", "applicant");
        for (String lang : LANGUAGES) {
            language(lang, "/apply");
            submitMainForm();
            audit("Apply/start", "applicant-error", lang, true);

            startDraft("FORMATION");
            audit("Apply/person", "applicant", lang, false);
            submitMainForm();
            audit("Apply/person", "applicant-error", lang, true);

            ((JavascriptExecutor) browser).executeScript(
                    "document.getElementById('placeOfBirth').value = 'ә'.repeat(20000);");
            submitMainForm();
            audit("Errors/tooLarge", "applicant", lang, false);

            startDraft("CORRECTION");
            audit("Apply/correction", "applicant", lang, false);
            submitMainForm();
            audit("Apply/correction", "applicant-error", lang, true);

            browser.get(portal + "apply/" + draft + "/check");
            submitMainForm(); // neither the declaration nor the consent ticked
            audit("Apply/check", "applicant-error", lang, true);
        }
    }

    @Test
    @Order(3)
    @TestSecurity(user = "axe-representative", roles = "representative")
    void representativePages() {
        eachLanguage("/applications", "Applications/index", "representative");
        for (String lang : LANGUAGES) {
            language(lang, "/apply");
            audit("Apply/start", "representative", lang, false);
            startDraft("FORMATION");
            audit("Apply/authority", "representative", lang, false);
            submitMainForm();
            audit("Apply/authority", "representative-error", lang, true);
        }
    }

    @Test
    @Order(4)
    @TestSecurity(user = "axe-frontoffice", roles = "frontoffice")
    void frontOfficePages() {
        eachLanguage("/front-office", "FrontOffice/index", "frontoffice");
    }

    @Test
    @Order(5)
    @TestSecurity(user = "axe-operator", roles = "operator")
    void operatorPages() {
        long inReview = TestCases.storedInReview(BODY, "axe-operator");
        long duplicate = duplicateOfARegisteredPerson("axe-operator");
        eachLanguage("/review", "Queue/index", "operator");
        eachLanguage("/review/case/" + inReview, "CaseReview/index", "operator");
        eachLanguage("/review/case/" + duplicate, "CaseReview/index", "operator-duplicate");
        eachLanguage("/review/case/" + inReview + "/history", "CaseReview/history", "operator");
        for (String lang : LANGUAGES) {
            language(lang, "/review/case/" + duplicate);
            browser.findElement(By.cssSelector("main a[href*='/person/']")).click();
            wait.until(ExpectedConditions.urlMatches(".*/review/case/\\d+/person/\\d+$"));
            audit("PersonComparison/index", "operator", lang, false);
            submitMainForm();
            audit("PersonComparison/index", "operator-error", lang, true);

            language(lang, "/review/case/" + inReview);
            browser.findElement(By.cssSelector("form[action$='/refuse'] button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
            audit("CaseReview/index", "operator-refuse-error", lang, true);
        }
    }

    @Test
    @Order(6)
    @TestSecurity(user = "axe-supervisor", roles = "supervisor")
    void supervisorPages() {
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff("axe-supervisor", BODY));
        eachLanguage("/supervisor", "Dashboard/index", "supervisor");
        eachLanguage("/supervisor/staff", "StaffManagement/index", "supervisor");
        eachLanguage("/supervisor/staff/new", "StaffManagement/add", "supervisor");
        eachLanguage("/supervisor/staff/operator", "StaffManagement/member", "supervisor");
        eachLanguage("/supervisor/staff/operator/deactivate", "StaffManagement/deactivate", "supervisor");
        eachLanguage("/supervisor/staff/operator/added", "StaffManagement/added", "supervisor");
        eachLanguage("/supervisor/cases", "Reassignment/index", "supervisor");
        eachLanguage("/supervisor/rules", "ServiceRules/index", "supervisor");
        eachLanguage("/supervisor/rules/FORMATION/amend", "ServiceRules/amend", "supervisor");
        eachLanguage("/supervisor/calendar", "HolidayCalendar/index", "supervisor");
        eachLanguage("/supervisor/audit", "AuditLog/index", "supervisor");
        ComplaintCases.head("axe-supervisor", BODY);
        long complaint = ComplaintCases.filed(complaints, ComplaintCases.refused(BODY, "axe-filer", "axe-refuser"),
                "axe-filer");
        eachLanguage("/supervisor/complaints", "ComplaintDesk/index", "supervisor");
        eachLanguage("/supervisor/complaints/" + complaint, "ComplaintDesk/complaint", "supervisor");
        for (String lang : LANGUAGES) {
            language(lang, "/supervisor/rules/FORMATION/amend");
            submitMainForm();
            audit("ServiceRules/amend", "supervisor-error", lang, true);

            language(lang, "/supervisor/staff/new");
            submitMainForm();
            audit("StaffManagement/add", "supervisor-error", lang, true);

            language(lang, "/supervisor/calendar");
            submitMainForm();
            audit("HolidayCalendar/index", "supervisor-error", lang, true);
            browser.findElement(By.xpath("//main//a[contains(@href,'/supervisor/calendar/')]")).click();
            wait.until(ExpectedConditions.urlMatches(".*/supervisor/calendar/\\d{4}-\\d{2}-\\d{2}$"));
            audit("HolidayCalendar/day", "supervisor", lang, false);
        }
    }

    /**
     * The page a deactivated staff member gets on their next request. The language is chosen while they are still
     * active (the language switch itself is refused to them too, like every other request).
     */
    @Test
    @Order(8)
    @TestSecurity(user = "axe-deactivated", roles = "operator")
    void deactivatedStaffPage() {
        QuarkusTransaction.requiringNew().run(() -> TestCases.staff("axe-deactivated", BODY));
        for (String lang : LANGUAGES) {
            active("axe-deactivated", true);
            language(lang, "/review");
            active("axe-deactivated", false);
            browser.get(portal + "review");
            audit("Errors/deactivated", "deactivated-operator", lang, false);
        }
    }

    private static void active(String login, boolean active) {
        QuarkusTransaction.requiringNew().run(() -> Staff.<Staff>findById(login).active = active);
    }

    /**
     * The applicant's journey by keyboard alone, from the start page to the confirmation: Tab to move, typing into
     * fields (a select takes the typed name of its option), Space for radios and checkboxes, Enter for buttons and
     * links. The one exception is the file itself: the browser's file chooser is the operating system's dialog,
     * which a test cannot drive, so the file input is given its path.
     */
    @Test
    @Order(7)
    @TestSecurity(user = "axe-keyboard", roles = "applicant")
    void applicantReachesTheConfirmationByKeyboardAlone() {
        language("en", "/apply");
        tabTo("input[name=service][value=FORMATION]").sendKeys(Keys.SPACE);
        press(tabTo(MAIN_BUTTON), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/apply/\\d+/person$"));
        press(tabTo(MAIN_BUTTON), Keys.ENTER);
        assertEquals(browser.findElement(By.cssSelector(".error-summary")), browser.switchTo().activeElement(),
                "the error summary takes the focus");
        assertTrue(browser.getTitle().startsWith(Bundles.message("en", "form.error.prefix")), browser.getTitle());
        tabTo("#familyName").sendKeys("KEYBOARD");
        tabTo("#givenNames").sendKeys("ONLY " + TestCases.application(BODY).givenNames);
        typeDate("birthDate", LocalDate.of(1987, 11, 23));
        tabTo("input[name=sex]").sendKeys(Keys.SPACE);
        choose("citizenship", "DE");
        tabTo("#placeOfBirth").sendKeys("Bonn");
        press(tabTo(MAIN_BUTTON), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/document$"));
        tabTo("input[name=documentType][value=PASSPORT]").sendKeys(Keys.SPACE);
        tabTo("#documentNumber").sendKeys("KB" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        choose("documentCountry", "DE");
        typeDate("documentIssueDate", LocalDate.now().minusYears(1));
        typeDate("documentExpiryDate", LocalDate.now().plusYears(5));
        press(tabTo(MAIN_BUTTON), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/stay$"));
        tabTo("#address").sendKeys("Tole Bi St 3, Taraz");
        choose("region", BODY);
        tabTo("#email").sendKeys("keyboard@example.de");
        tabTo("#phone").sendKeys("+7 701 555 77 77");
        press(tabTo(MAIN_BUTTON), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/documents$"));
        choose("kind", "IDENTITY_DOCUMENT");
        browser.findElement(By.id("file")).sendKeys(passportScan().toString());
        press(tabTo("main form[enctype] button[type=submit]"), Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "passport.png"));
        press(tabTo("main a[href$='/check']"), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/check$"));
        tabTo("#declaration").sendKeys(Keys.SPACE);
        tabTo("#consent").sendKeys(Keys.SPACE);
        press(tabTo(MAIN_BUTTON), Keys.ENTER);

        wait.until(ExpectedConditions.urlMatches(".*/confirmation$"));
        String reference = browser.findElement(By.cssSelector(".panel__reference")).getText();
        assertTrue(ReferenceNumber.isValid(reference), reference);
        screenshots.add(Browser.screenshot(browser, "keyboard-walk-confirmation-en"));
    }

    static final String MAIN_BUTTON = "main form button.button[type=submit]:not(.button--secondary)";

    /** Presses Tab until the element is focused, as a keyboard user moves through the page; fails if it never is. */
    private WebElement tabTo(String css) {
        WebElement target = browser.findElement(By.cssSelector(css));
        for (int i = 0; i < 200; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (target.equals(browser.switchTo().activeElement())) {
                return target;
            }
        }
        throw new AssertionError("Tab never reaches " + css + " on " + browser.getCurrentUrl());
    }

    /** Presses the key on the focused element and waits for the next page. */
    private void press(WebElement element, Keys key) {
        nextPage(() -> element.sendKeys(key));
    }

    /**
     * Does what leads to another page and waits until that page has loaded: a mark on the old page's window is gone.
     * (Selenium's staleness check can fail with an inspector error while the old document is being replaced.)
     */
    private void nextPage(Runnable action) {
        ((JavascriptExecutor) browser).executeScript("window.axeOldPage = true;");
        action.run();
        wait.ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && !window.axeOldPage;")));
    }

    /** Tabs to a select and types the visible name of the option, as a keyboard user picks from a list. */
    private void choose(String id, String value) {
        WebElement field = tabTo("#" + id);
        String name = new Select(field).getOptions().stream().filter(o -> value.equals(o.getAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError(id + " has no option " + value)).getText();
        field.sendKeys(name);
        assertEquals(value, new Select(field).getFirstSelectedOption().getAttribute("value"), id + " by typing");
    }

    /** Types a date into GOV.UK's three fields, each reached by Tab. */
    private void typeDate(String id, LocalDate date) {
        tabTo("#" + id + "-day").sendKeys(String.valueOf(date.getDayOfMonth()));
        tabTo("#" + id + "-month").sendKeys(String.valueOf(date.getMonthValue()));
        tabTo("#" + id + "-year").sendKeys(String.valueOf(date.getYear()));
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

    @Test
    @Order(100)
    void everyTemplateWasVisitedAndNoneHasSeriousViolations() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        Set<String> all;
        try (Stream<Path> files = Files.list(templates)) {
            all = files.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals("tags"))
                    .flatMap(EveryPageAxeBrowserTest::htmlFiles)
                    .map(f -> templates.relativize(f).toString().replace('\\', '/').replaceAll("\\.html$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        all.removeAll(visited);
        all.removeAll(NOT_VISITED.keySet());
        System.out.println("AXE visited " + visited.size() + " templates, " + screenshots.size() + " pages");
        assertAll(() -> assertEquals(List.of(), violations, "serious or critical accessibility violations"),
                () -> assertEquals(Set.of(), all,
                        "templates no visit of this test shows: visit them, or say in NOT_VISITED why not"));
    }

    private static Stream<Path> htmlFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- visits -----------------------------------------------------------------------------------------------------

    /** The page in each language, chosen with the layout's own language switch. */
    private void eachLanguage(String path, String template, String who) {
        for (String lang : LANGUAGES) {
            language(lang, path);
            audit(template, who, lang, false);
        }
    }

    /** Switches the language as the header's links do, landing on the page at {@code path}. */
    private void language(String lang, String path) {
        browser.get(portal + "lang/" + lang + "?to=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
    }

    private void startDraft(String service) {
        browser.get(portal + "apply");
        browser.findElement(By.cssSelector("label[for=service-" + service + "]")).click();
        submitMainForm();
    }

    /** Presses the page's main button (not a secondary one such as "Fill in from the MRZ") and waits for the answer. */
    private void submitMainForm() {
        nextPage(() -> browser.findElement(By.cssSelector(MAIN_BUTTON)).click());
    }

    private void audit(String template, String who, String lang, boolean errors) {
        visited.add(template);
        String page = template + " (" + who + ", " + lang + ") " + browser.getCurrentUrl();
        assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"), page);
        Axe.seriousViolations(browser).forEach(v -> violations.add(page + ": " + v));
        Axe.smallTargets(browser).forEach(t -> violations.add(page + ": target under 24 × 24 px: " + t));
        if (errors) {
            String prefix = Bundles.message(lang, "form.error.prefix");
            assertTrue(browser.getTitle().startsWith(prefix), page + ": title '" + browser.getTitle() + "'");
            WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
            assertEquals(summary, browser.switchTo().activeElement(), page + ": focus on the error summary");
        }
        screenshots.add(Browser.screenshot(browser,
                (template + "-" + who + "-" + lang).replace('/', '-').toLowerCase()));
    }

    // --- cases --------------------------------------------------------------------------------------------------

    /** A draft of the person with every step answered and the identity document uploaded: its check page is clean. */
    private long completeDraft(String login) {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Application a = TestCases.application(BODY);
            a.reference = null;
            a.createdBy = login;
            a.documentNumber = "AXE" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
            a.documentIssueDate = LocalDate.now().minusYears(2);
            a.documentExpiryDate = LocalDate.now().plusYears(8);
            a.address = "Abay Ave 1, Taraz";
            a.email = "axe@example.kz";
            a.phone = "+7 701 555 00 00";
            a.persist();
            a.record(login, "applicant", EventKind.CREATED);
            return a.id;
        });
        documents.store(id, DocumentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.png(), login);
        return id;
    }

    /**
     * A case in review whose person (same names and birth date) the register already holds on another document: the
     * review page lists that person as a candidate and links to the comparison.
     */
    private long duplicateOfARegisteredPerson(String operator) {
        Application a = TestCases.open(BODY, operator);
        register.form(new PersonData(a.familyName, a.givenNames, null, null, a.birthDate, a.sex, a.citizenship,
                new PersonData.Document(DocumentType.PASSPORT, "REG" + a.documentNumber, a.documentCountry, null,
                        null)),
                "op", null);
        return QuarkusTransaction.requiringNew().call(() -> {
            TestCases.staff(operator, BODY);
            a.persist();
            return a.id;
        });
    }
}
