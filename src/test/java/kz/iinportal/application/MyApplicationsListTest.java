package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * "My applications" with 45 sent applications and 3 drafts (and another filer's, which never show): drafts apart,
 * sent ones 20 a page, the most recently sent first, GOV.UK pagination, and the search by reference number however it
 * is typed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestSecurity(user = MyApplicationsListTest.FILER, roles = "applicant")
class MyApplicationsListTest {

    static final String FILER = "lists-applicant";
    static final String OTHER = "lists-other-applicant";
    static final Pattern SENT_ROW = Pattern.compile("<td><a href=\"/applications/(\\d+)\">(KZ-[A-Z0-9-]+)</a></td>");

    /** Sent applications, the most recently sent first. */
    final List<Application> sent = new ArrayList<>();
    final List<Long> drafts = new ArrayList<>();
    Application othersSent;
    long othersDraft;

    @BeforeAll
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now();
            // Started in an order unlike the order of sending: the list follows when they were sent.
            for (int i = 0; i < 45; i++) {
                Application a = TestCases.application("SHYMKENT");
                a.createdBy = FILER;
                a.familyName = "LISTED" + i;
                a.status = i % 3 == 0 ? ApplicationStatus.IN_REVIEW : ApplicationStatus.SUBMITTED;
                a.createdAt = now.minusDays(10).plusMinutes((i * 17) % 45);
                a.submittedAt = now.minusHours(i);
                a.persist();
                sent.add(a);
            }
            for (int i = 0; i < 3; i++) {
                Application d = TestCases.application("SHYMKENT");
                d.createdBy = FILER;
                d.reference = null;
                d.familyName = "DRAFTED" + i;
                d.persist();
                drafts.add(d.id);
            }
            othersSent = TestCases.application("SHYMKENT");
            othersSent.createdBy = OTHER;
            othersSent.familyName = "NOTMINE";
            othersSent.status = ApplicationStatus.SUBMITTED;
            othersSent.submittedAt = now;
            othersSent.persist();
            Application othersDraftApp = TestCases.application("SHYMKENT");
            othersDraftApp.createdBy = OTHER;
            othersDraftApp.reference = null;
            othersDraftApp.familyName = "NOTMINEDRAFT";
            othersDraftApp.persist();
            othersDraft = othersDraftApp.id;
        });
    }

    @Test
    void draftsApartThenTwentySentAPageNewestFirst() {
        String page = new FormSession("en").get("/applications").then().statusCode(200).extract().asString();
        assertEquals(references(0, 20), sentOn(page), "page 1: the 20 most recently sent, in that order");
        String draftsTable = between(page, "id=\"drafts\"", "</table>");
        for (long draft : drafts) {
            assertTrue(draftsTable.contains("href=\"/applications/" + draft + "\""), draftsTable);
        }
        String sentTable = between(page, "id=\"sent\"", "</table>");
        for (long draft : drafts) {
            assertFalse(sentTable.contains("/applications/" + draft + "\""), "a draft is not among the sent");
        }
        assertTrue(page.contains("Shown: 1–20 of 45"), page);
        String pagination = between(page, "<nav class=\"pagination\"", "</nav>");
        assertTrue(pagination.contains("href=\"/applications\" aria-current=\"page\">1</a>"), pagination);
        assertTrue(pagination.contains("href=\"/applications?page=2\">2</a>"), pagination);
        assertTrue(pagination.contains("href=\"/applications?page=3\">3</a>"), pagination);
        assertTrue(pagination.contains("href=\"/applications?page=2\" rel=\"next\">Next page</a>"), pagination);
        assertFalse(pagination.contains("rel=\"prev\""), "no previous page on the first");
    }

    @Test
    void theLastPageHasTheOldestAndAPreviousLink() {
        FormSession browser = new FormSession("en");
        String second = browser.get("/applications?page=2").then().statusCode(200).extract().asString();
        assertEquals(references(20, 40), sentOn(second));
        assertTrue(second.contains("Shown: 21–40 of 45"), second);
        String last = browser.get("/applications?page=3").then().statusCode(200).extract().asString();
        assertEquals(references(40, 45), sentOn(last));
        String pagination = between(last, "<nav class=\"pagination\"", "</nav>");
        assertTrue(pagination.contains("href=\"/applications?page=2\" rel=\"prev\">Previous page</a>"), pagination);
        assertFalse(pagination.contains("rel=\"next\""), "no next page on the last");
    }

    @Test
    void aPageNumberOutOfRangeOrMadeUpShowsTheNearestPage() {
        FormSession browser = new FormSession("en");
        assertEquals(references(40, 45), sentOn(browser.get("/applications?page=999").then().statusCode(200)
                .extract().asString()));
        for (String wrong : new String[] { "0", "-3", "abc", "2.5", "99999999999999999999", "%00" }) {
            assertEquals(references(0, 20), sentOn(browser.get("/applications?page=" + wrong).then().statusCode(200)
                    .extract().asString()), wrong);
        }
    }

    @Test
    void searchFindsTheReferenceHoweverItIsTyped() {
        Application wanted = sent.get(33);
        String compact = wanted.reference.replace("-", "");
        for (String typed : new String[] { wanted.reference, wanted.reference.toLowerCase(), compact,
                " " + compact.toLowerCase() + " ", wanted.reference.replace("-", " ") }) {
            String page = new FormSession("en").get("/applications?q=" + typed).then().statusCode(200).extract()
                    .asString();
            assertEquals(List.of(wanted.reference), sentOn(page), typed);
            assertTrue(page.contains(Bundles.message("en", "applications.search.results")), page);
            assertFalse(page.contains("id=\"drafts\""), "only the result is listed");
            assertTrue(page.contains("href=\"/applications\">" + Bundles.message("en", "applications.search.all")),
                    "a way back to the whole list");
        }
    }

    @Test
    void searchForSomeoneElsesOrAnUnknownReferenceFindsNothing() {
        for (String reference : new String[] { othersSent.reference, ReferenceNumber.next() }) {
            String page = new FormSession("en").get("/applications?q=" + reference).then().statusCode(200)
                    .extract().asString();
            assertEquals(List.of(), sentOn(page), reference);
            assertTrue(page.contains(Bundles.message("en", "applications.search.none") + " <strong>" + reference
                    + "</strong>"), page);
            assertFalse(page.contains("/applications/" + othersSent.id + "\""), "someone else's is never shown");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void aMistypedReferenceIsAnErrorNextToTheFieldAndTheListStays(String lang) {
        String page = new FormSession(lang).get("/applications?q=KZ-7HQ4-M2XP").then().statusCode(200).extract()
                .asString();
        String message = Bundles.message(lang, "applications.search.error.format");
        assertTrue(page.contains("<a href=\"#q\">" + message + "</a>"), "in the error summary: " + page);
        assertTrue(page.contains("id=\"q-error\"><span class=\"visually-hidden\">"
                + Bundles.message(lang, "form.error.prefix") + "</span> " + message), "next to the field");
        assertTrue(page.contains("value=\"KZ-7HQ4-M2XP\""), "what was typed is kept");
        assertTrue(page.contains("<title>" + Bundles.message(lang, "form.error.prefix")), "the title says error");
        assertEquals(references(0, 20), sentOn(page), "the list is still shown");
        assertTrue(page.contains(Bundles.message(lang, "pagination.next")), "pagination in the page's language");
        assertTrue(page.contains(Bundles.message(lang, "applications.drafts.title")));
    }

    @Test
    void anotherFilersApplicationsAreOnNoPage() {
        FormSession browser = new FormSession("en");
        for (int n = 1; n <= 3; n++) {
            String page = browser.get("/applications?page=" + n).then().statusCode(200).extract().asString();
            assertFalse(page.contains("/applications/" + othersSent.id + "\""), "page " + n);
            assertFalse(page.contains("/applications/" + othersDraft + "\""), "page " + n);
            assertFalse(page.contains("NOTMINE"), "page " + n);
        }
    }

    private List<String> references(int from, int to) {
        return sent.subList(from, to).stream().map(a -> a.reference).toList();
    }

    private static List<String> sentOn(String page) {
        List<String> out = new ArrayList<>();
        int table = page.indexOf("id=\"sent\"");
        if (table < 0) {
            return out;
        }
        Matcher m = SENT_ROW.matcher(between(page, "id=\"sent\"", "</table>"));
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertTrue(from >= 0, "no " + start + " in " + page);
        return page.substring(from, page.indexOf(end, from));
    }
}
