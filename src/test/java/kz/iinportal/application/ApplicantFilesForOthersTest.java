package kz.iinportal.application;

import static kz.iinportal.application.ApplyJourneyTest.start;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.iinportal.testsupport.FormSession;

/**
 * Whoever signs up holds the applicant role only, and may still file as someone's legal representative: the start
 * page asks whom the application is for (for oneself ticked), and "for someone I represent" leads to the authority
 * step like a representative account's application. Accounts staff create as representatives, and front-office
 * staff, are not asked.
 */
@QuarkusTest
class ApplicantFilesForOthersTest {

    @Test
    @TestSecurity(user = "newcomer", roles = "applicant")
    void theStartPageAsksWhomTheApplicationIsForInEveryLanguage() {
        new FormSession().get("/apply").then().statusCode(200)
                .body(containsString("Whom are you applying for?"))
                .body(containsString("id=\"filer-SELF\" name=\"filer\" value=\"SELF\" checked"))
                .body(containsString("For someone I legally represent"));
        new FormSession("ru").get("/apply").then().statusCode(200)
                .body(containsString("Для кого вы подаёте заявление?"))
                .body(containsString("За человека, чьим законным представителем я являюсь"));
        new FormSession("kk").get("/apply").then().statusCode(200)
                .body(containsString("Өтінішті кім үшін бересіз?"));
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "applicant")
    void anApplicantFilingForSomeoneTheyRepresentGivesTheirAuthorityFirst() {
        FormSession s = new FormSession();
        String location = s.post("/apply", "/apply/start", Map.of("service", "FORMATION", "filer", "REPRESENTATIVE"))
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/apply/(\\d+)/authority$", "$1"));
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
        assertEquals(Filer.REPRESENTATIVE, app.filer);
        assertEquals(Channel.ONLINE, app.channel);
        s.get(location).then().statusCode(200).body(containsString("name=\"authorityKind\""));
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "applicant")
    void forMyselfIsTheDefaultAndAnUnknownAnswerIsRefusedKeepingTheService() {
        FormSession s = new FormSession();
        start(s, "FORMATION", "person");
        s.post("/apply", "/apply/start", Map.of("service", "FORMATION", "filer", "EVERYONE")).then().statusCode(200)
                .body(containsString("Select whom you are applying for"))
                .body(containsString("href=\"#filer\""))
                .body(containsString("id=\"service-FORMATION\" name=\"service\" value=\"FORMATION\" checked"));
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void aRepresentativeAccountIsNotAsked() {
        new FormSession().get("/apply").then().statusCode(200).body(not(containsString("name=\"filer\"")));
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeStaffAreNotAsked() {
        new FormSession().get("/apply").then().statusCode(200).body(not(containsString("name=\"filer\"")));
    }
}
