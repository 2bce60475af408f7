package kz.iinportal.application;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.staff.Staff;
import kz.iinportal.testsupport.SqlStatements;
import kz.iinportal.testsupport.TestCases;

/**
 * "My applications" is one statement a page for an applicant (drafts, the page of sent applications and their total
 * together), and two for a front-office employee (their staff row says which centre's list it is), whichever page
 * and however many applications of how many regions it lists.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyApplicationsStatementsTest {

    static final String FILER = "statements-applicant";
    static final String CLERK = "statements-clerk";
    static final String CENTRE = "ZHAMBYL-PSC-1";
    static final String[] REGIONS = { "ASTANA", "KARAGANDA", "ALMATY_CITY" };

    @BeforeAll
    void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            ServiceCentre centre = ServiceCentre.findById(CENTRE);
            if (Staff.findById(CLERK) == null) {
                Staff clerk = new Staff();
                clerk.login = CLERK;
                clerk.fullName = "Statements Clerk";
                clerk.serviceCentre = centre;
                clerk.persist();
            }
            OffsetDateTime now = OffsetDateTime.now();
            for (int i = 0; i < 45; i++) {
                Application a = TestCases.application(REGIONS[i % REGIONS.length]);
                a.createdBy = i % 3 == 0 ? CLERK : FILER;
                a.channel = i % 3 == 0 ? Channel.SERVICE_CENTRE : Channel.ONLINE;
                a.serviceCentre = i % 3 == 0 ? centre : null;
                a.status = i % 4 == 0 ? ApplicationStatus.IN_REVIEW : ApplicationStatus.SUBMITTED;
                a.submittedAt = now.minusHours(i);
                a.persist();
            }
            for (int i = 0; i < 2; i++) {
                Application d = TestCases.application(REGIONS[i]);
                d.createdBy = FILER;
                d.reference = null;
                d.persist();
            }
        });
    }

    @Test
    @TestSecurity(user = FILER, roles = "applicant")
    void anApplicantsPageIsOneStatementOnEveryPage() {
        for (String page : List.of("1", "2", "99")) {
            List<String> sent = SqlStatements.sentFor("/applications", () -> {
                String html = given().queryParam("page", page).get("/applications").then().statusCode(200)
                        .extract().asString();
                assertTrue(html.contains("id=\"drafts\"") && html.contains("id=\"sent\""), html);
            });
            assertEquals(1, sent.size(), "page " + page + ":\n" + String.join("\n", sent));
        }
    }

    @Test
    @TestSecurity(user = "statements-nobody", roles = "applicant")
    void anApplicantWithNothingFiledIsOneStatementToo() {
        List<String> sent = SqlStatements.sentFor("/applications",
                () -> given().get("/applications").then().statusCode(200));
        assertEquals(1, sent.size(), String.join("\n", sent));
    }

    @Test
    @TestSecurity(user = CLERK, roles = "frontoffice")
    void aFrontOfficePageIsTheStaffRowAndOneStatement() {
        List<String> sent = SqlStatements.sentFor("/applications", () -> {
            String html = given().get("/applications").then().statusCode(200).extract().asString();
            assertTrue(html.contains("id=\"sent\""), html);
        });
        assertEquals(2, sent.size(), String.join("\n", sent));
        assertTrue(sent.get(0).contains("staff"), sent.get(0));
    }
}
