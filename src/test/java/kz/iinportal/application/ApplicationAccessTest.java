package kz.iinportal.application;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.documents.DocumentKind;
import kz.iinportal.documents.DocumentStore;
import kz.iinportal.documents.TestFiles;
import kz.iinportal.staff.ServiceCentre;
import kz.iinportal.testsupport.FormSession;
import kz.iinportal.testsupport.TestCases;

/**
 * Applicant B cannot see, continue, withdraw or delete applicant A's application: 404, exactly as for a number that
 * does not exist, so references are not confirmed.
 */
@QuarkusTest
class ApplicationAccessTest {

    static final String BODY = "EAST_KAZAKHSTAN";

    @Test
    @TestSecurity(user = "applicant2", roles = "applicant")
    void anotherApplicantsCaseIsNotFound() {
        long draft = application("applicant", ApplicationStatus.DRAFT);
        long submitted = application("applicant", ApplicationStatus.SUBMITTED);
        FormSession s = new FormSession();
        s.get("/applications/" + draft).then().statusCode(404);
        s.get("/applications/" + submitted).then().statusCode(404);
        s.get("/applications/999999999").then().statusCode(404);
        for (String step : new String[] { "correction", "person", "document", "stay", "check", "confirmation" }) {
            s.get("/apply/" + draft + "/" + step).then().statusCode(404);
        }
        s.post("/apply", "/apply/" + draft + "/person", Map.of("familyName", "X")).then().statusCode(404);
        s.get("/applications/" + submitted + "/withdraw").then().statusCode(404);
        s.post("/apply", "/applications/" + submitted + "/withdraw", Map.of()).then().statusCode(404);
        s.post("/apply", "/applications/" + draft + "/delete", Map.of()).then().statusCode(404);
        s.get("/applications").then().statusCode(200)
                .body(Matchers.not(Matchers.containsString("/applications/" + submitted)));
        QuarkusTransaction.requiringNew().run(() -> {
            Assertions.assertEquals(ApplicationStatus.SUBMITTED,
                    Application.<Application>findById(submitted).status, "not withdrawn");
            Assertions.assertNotNull(Application.findById(draft), "not deleted");
        });
    }

    @Test
    @TestSecurity(user = "applicant2", roles = "applicant")
    void anotherApplicantsDocumentIsNotFound() {
        long others = application("applicant", ApplicationStatus.DRAFT);
        long mine = application("applicant2", ApplicationStatus.DRAFT);
        long stored = Arc.container().instance(DocumentStore.class).get()
                .store(others, DocumentKind.IDENTITY_DOCUMENT, "secret.png",
                        TestFiles.png(), "applicant").id;
        given().get("/applications/" + others + "/documents/" + stored).then().statusCode(404);
        // Pairing one's own application with someone else's document id does not work either.
        given().get("/applications/" + mine + "/documents/" + stored).then().statusCode(404);
        given().get("/applications/" + mine + "/documents/999999999").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void aRepresentativeSeesOnlyTheCasesTheyFiled() {
        long others = application("applicant", ApplicationStatus.SUBMITTED);
        given().get("/applications/" + others).then().statusCode(404);
        given().get("/apply/" + application("applicant", ApplicationStatus.DRAFT) + "/person").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeSeesOnlyTheApplicationsOfItsOwnCentre() {
        long online = application("applicant", ApplicationStatus.SUBMITTED);
        long otherCentre = QuarkusTransaction.requiringNew().call(() -> {
            Application app = Application.findById(application("frontoffice-almaty", ApplicationStatus.SUBMITTED));
            app.channel = Channel.SERVICE_CENTRE;
            app.serviceCentre = ServiceCentre.findById("ALMATY_CITY-PSC-1");
            return app.id;
        });
        given().get("/applications/" + online).then().statusCode(404);
        given().get("/applications/" + otherCentre).then().statusCode(404);
        given().get("/applications").then().statusCode(200)
                .body(Matchers.not(Matchers.containsString("/applications/" + otherCentre)));
    }

    /** The owner's application in {@code status}, of a body no queue test counts; a draft has no reference yet. */
    static long application(String owner, ApplicationStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Application app = TestCases.application(BODY);
            app.createdBy = owner;
            app.familyName = "OWNER";
            if (status == ApplicationStatus.DRAFT) {
                app.reference = null;
            } else {
                app.status = status;
            }
            app.persist();
            return app.id;
        });
    }
}
