package kz.iinportal.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The case page shows the outcome: the IIN when formed, the ground, comment and the way to appeal when refused. */
@QuarkusTest
class CaseStatusPageTest {

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void refusedCaseShowsGroundCommentAndAppealInEachLanguage() {
        long id = decided(ApplicationStatus.REFUSED, null, RefusalGround.IIN_ALREADY_REGISTERED,
                "IIN 900101300811 is <already> yours");
        given().get("/applications/" + id).then().statusCode(200)
                .body(containsString("Refused"))
                .body(containsString("An IIN was already registered for you"))
                .body(containsString("Ground 3 — An IIN was already registered for you"))
                .body(containsString("IIN 900101300811 is &lt;already&gt; yours"))
                .body(containsString("reviewed within 5 working days"))
                .body(not(containsString("Withdraw the application")));
        given().cookie("_renarde_locale", "ru").get("/applications/" + id).then()
                .body(containsString("Запрос отклонён"))
                .body(containsString("Основание 3 — Выявлен ранее зарегистрированный ИИН заявителя"));
        given().cookie("_renarde_locale", "kk").get("/applications/" + id).then()
                .body(containsString("Сұрау қабылданбады"))
                .body(containsString("5 жұмыс күні"))
                .body(containsString("3-негіз — "));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void formedCaseShowsTheIin() {
        long id = decided(ApplicationStatus.IIN_FORMED, "900101300811", null, null);
        given().get("/applications/" + id).then().statusCode(200)
                .body(containsString("IIN formed"))
                .body(containsString("<strong>900101300811</strong>"))
                .body(not(containsString("Ground for refusal")));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void aDraftIsNamedByItsServiceInEachLanguage() {
        long id = ApplicationAccessTest.application("applicant", ApplicationStatus.DRAFT);
        given().get("/applications").then().statusCode(200).body(containsString("Formation of an IIN (draft)"));
        given().get("/applications/" + id).then().statusCode(200)
                .body(containsString("<title>Formation of an IIN (draft)"));
        given().cookie("_renarde_locale", "ru").get("/applications").then()
                .body(containsString("Формирование ИИН (черновик)"));
        given().cookie("_renarde_locale", "kk").get("/applications").then()
                .body(containsString("ЖСН қалыптастыру (жоба)"));
    }

    private static long decided(ApplicationStatus status, String iin, RefusalGround ground, String comment) {
        long id = ApplicationAccessTest.application("applicant", ApplicationStatus.SUBMITTED);
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            // a decision follows an assignment, as in review.Decisions
            app.moveTo(ApplicationStatus.IN_REVIEW, "operator", "operator", EventKind.ASSIGNED);
            app.moveTo(status, "operator", "operator", EventKind.decided(status));
            app.resultIin = iin;
            app.refusalGround = ground;
            app.operatorComment = comment;
        });
        return id;
    }
}
