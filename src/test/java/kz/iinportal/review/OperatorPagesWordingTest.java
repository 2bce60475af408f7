package kz.iinportal.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.application.Application;
import kz.iinportal.application.CorrectionReason;
import kz.iinportal.application.Service;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * What an operator reads about a case, in kk, ru and en: the applicant's data under labels meant for the operator
 * (not the applicant's "Your identity document"), countries by name in the page's language, the assignee by name.
 */
@QuarkusTest
@TestSecurity(user = OperatorPagesWordingTest.OPERATOR, roles = "operator")
class OperatorPagesWordingTest {

    static final String OPERATOR = "wording-operator";
    static final String NAME = "Aigerim Sadykova";
    static final String BODY = "TURKISTAN";

    @ParameterizedTest
    @CsvSource({ "en, China, Japan", "ru, Китай, Япония", "kk, Қытай, Жапония" })
    void theReviewPageLabelsTheApplicantsDataForTheOperator(String lang, String china, String japan) {
        long id = correctionInReview();
        String page = new FormSession(lang).get("/review/case/" + id).then().statusCode(200).extract().asString();
        String data = page.substring(page.indexOf("id=\"data-title\""), page.indexOf("id=\"documents-title\""));
        assertTrue(data.contains(Bundles.message(lang, "review.data.document")), data);
        assertTrue(data.contains(Bundles.message(lang, "review.data.currentIin")), data);
        assertFalse(data.contains(Bundles.message(lang, "apply.correction.currentIin")), "not the applicant's words");
        assertFalse(data.contains(">" + Bundles.message(lang, "apply.document.title") + "<"),
                "not the applicant's words");
        assertTrue(data.contains("<dd>" + china + "</dd>"), "citizenship by name: " + data);
        assertTrue(data.contains("(" + japan + ")"), "the issuing country by name: " + data);
        assertFalse(data.contains(">CN<") || data.contains("(JP)"), "no country codes: " + data);
        String status = page.substring(page.indexOf("<h1>"), page.indexOf("review-grid"));
        assertTrue(status.contains(Bundles.message(lang, "review.assignedTo") + " " + NAME), status);
        assertFalse(status.contains(OPERATOR), "the assignee's name, not their login: " + status);
    }

    @ParameterizedTest
    @CsvSource({ "en", "ru", "kk" })
    void theQueueNamesTheAssignee(String lang) {
        long id = correctionInReview();
        String reference = QuarkusTransaction.requiringNew()
                .call(() -> Application.<Application>findById(id).reference);
        String page = new FormSession(lang).get("/review?assigned=MINE").then().statusCode(200).extract().asString();
        int row = page.indexOf(">" + reference + "</a>");
        assertTrue(row > 0, page);
        String cells = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(cells.contains("<br>" + NAME + "</td>"), cells);
        assertFalse(cells.contains("<br>" + OPERATOR), cells);
    }

    @ParameterizedTest
    @CsvSource({ "en", "ru", "kk" })
    @TestSecurity(user = "operator", roles = "operator")
    void theHeaderShowsTheDemoUsersNameNotTheirLogin(String lang) {
        String page = new FormSession(lang).get("/review").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<span class=\"account__name\">Yerlan Abenov</span>"), page);
    }

    /** A correction of a Chinese citizen with a Japanese-issued document, in review by the test's operator. */
    private static long correctionInReview() {
        long id = TestCases.storedInReview(BODY, OPERATOR);
        QuarkusTransaction.requiringNew().run(() -> {
            Staff.<Staff>findById(OPERATOR).fullName = NAME;
            Application app = Application.findById(id);
            app.service = Service.CORRECTION;
            app.currentIin = "900101300811";
            app.correctionReason = CorrectionReason.NAME;
            app.citizenship = "CN";
            app.documentCountry = "JP";
        });
        return id;
    }
}
