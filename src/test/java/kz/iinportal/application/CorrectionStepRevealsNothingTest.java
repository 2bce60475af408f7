package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.Iin;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;
import kz.iinportal.testsupport.FormSession;

/**
 * The applicant's correction step is no oracle on the register: a stranger's registered IIN, an IIN nobody holds
 * and a corrected one are answered alike (only the check digit is checked), and the pages after it say nothing about
 * whose IIN it is. Whether the IIN is the applicant's is the operator's check, on the review page.
 */
@QuarkusTest
@TestSecurity(user = "applicant", roles = "applicant")
class CorrectionStepRevealsNothingTest {

    @Inject
    Register register;

    @ParameterizedTest
    @ValueSource(strings = { "en", "ru", "kk" })
    void aStrangersIinAndAnUnknownIinAreAnsweredAlike(String lang) {
        IinRecord stranger = register.form(new PersonData("STRANGER", "HOLDER", null, null,
                LocalDate.of(1981, 11, 4), Sex.FEMALE, "CN", new PersonData.Document(DocumentType.PASSPORT,
                        "E" + System.nanoTime() % 100_000_000L, "CN", null, null)),
                "op", null);
        String unknown = unregisteredValidIin();
        String strangerAnswer = answer(lang, stranger.iin);
        String unknownAnswer = answer(lang, unknown);
        assertEquals(strangerAnswer.replace(stranger.iin, "IIN"), unknownAnswer.replace(unknown, "IIN"));
    }

    /** The next step's page (after the redirect), with the draft's own numbers taken out. */
    private static String answer(String lang, String iin) {
        FormSession s = new FormSession(lang);
        String location = s.post("/apply", "/apply/start", Map.of("service", "CORRECTION")).then().statusCode(303)
                .extract().header("Location");
        Response saved = s.post(location, location, Map.of("currentIin", iin, "correctionReason", "BIRTH_DATE"));
        assertEquals(303, saved.statusCode(), saved.body().asString());
        String next = saved.header("Location");
        return (next + "\n" + s.get(next).then().statusCode(200).extract().body().asString())
                .replaceAll("/apply/\\d+/", "/apply/ID/").replaceAll("%2Fapply%2F\\d+%2F", "%2Fapply%2FID%2F")
                .replaceAll("name=\"csrf-token\" value=\"[^\"]+\"", "");
    }

    private static String unregisteredValidIin() {
        return QuarkusTransaction.requiringNew().call(() -> {
            for (int serial = 9000;; serial++) {
                String iin = Iin.form(LocalDate.of(1981, 11, 4), Sex.FEMALE, serial).map(Iin::value).orElse(null);
                if (iin != null && IinRecord.findByIin(iin).isEmpty()) {
                    return iin;
                }
            }
        });
    }
}
