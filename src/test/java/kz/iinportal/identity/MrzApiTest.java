package kz.iinportal.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * {@code POST /api/mrz} as a passport reader calls it: the ICAO specimens of the three formats field by field, check
 * digits by name, and 400 with a reason for whatever is no zone, malformed JSON, wrong types and oversized bodies.
 */
@QuarkusTest
class MrzApiTest {

    static Response post(Object body) {
        return given().contentType("application/json").accept("application/json").body(body).post("/api/mrz");
    }

    static String raw(byte[] body) throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/mrz"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.body();
    }

    static Map<String, Object> lines(String zone) {
        return Map.of("lines", List.of(zone.split("\n")));
    }

    @Test
    void passportSpecimenTd3() {
        String body = post(lines(Specimens.TD3)).then().statusCode(200).contentType("application/json")
                .extract().asString();
        assertEquals("{\"valid\":true,\"format\":\"TD3\",\"documentCode\":\"P\",\"documentNumber\":\"L898902C3\","
                + "\"issuingState\":{\"code\":\"UTO\",\"country\":null,\"kind\":\"SPECIMEN\"},"
                + "\"nationality\":{\"code\":\"UTO\",\"country\":null,\"kind\":\"SPECIMEN\"},"
                + "\"familyName\":\"ERIKSSON\",\"givenNames\":\"ANNA MARIA\",\"nameTruncated\":false,"
                + "\"birthDate\":\"1974-08-12\",\"sex\":\"FEMALE\",\"expiryDate\":\"2012-04-15\","
                + "\"optionalData\":\"ZE184226B\",\"checks\":{\"documentNumber\":true,\"birthDate\":true,"
                + "\"expiryDate\":true,\"optionalData\":true,\"composite\":true}}", body);
    }

    @Test
    void identityCardSpecimensTd1AndTd2() {
        for (String zone : List.of(Specimens.TD1, Specimens.TD2)) {
            post(lines(zone)).then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("format", equalTo(zone == Specimens.TD1 ? "TD1" : "TD2"))
                    .body("documentCode", equalTo("I"))
                    .body("documentNumber", equalTo("D23145890"))
                    .body("nationality.code", equalTo("UTO"))
                    .body("familyName", equalTo("ERIKSSON"))
                    .body("givenNames", equalTo("ANNA MARIA"))
                    .body("birthDate", equalTo("1974-08-12"))
                    .body("sex", equalTo("FEMALE"))
                    .body("expiryDate", equalTo("2012-04-15"))
                    .body("checks.documentNumber", equalTo(true))
                    .body("checks.birthDate", equalTo(true))
                    .body("checks.expiryDate", equalTo(true))
                    .body("checks.optionalData", nullValue())
                    .body("checks.composite", equalTo(true));
        }
    }

    @Test
    void aWrongCheckDigitIsReadAndNamed() {
        String changed = Specimens.TD3.replace("7408122F", "7408132F");
        post(lines(changed)).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("birthDate", equalTo("1974-08-13"))
                .body("checks.documentNumber", equalTo(true))
                .body("checks.birthDate", equalTo(false))
                .body("checks.composite", equalTo(false));
    }

    @Test
    void germanyIsDAndTheWholeZoneMayComeInOneElement() {
        String zone = Specimens.passport("D<<", "MUSTERMANN<<ERIKA", "C01X00T47", "D<<", "640812", 'F', "310101",
                "");
        post(Map.of("lines", List.of("  " + zone.toLowerCase().replace("\n", "\r\n\r\n  ") + "  \n")))
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("issuingState.country", equalTo("DE"))
                .body("nationality.code", equalTo("D"))
                .body("nationality.country", equalTo("DE"))
                .body("nationality.kind", equalTo("COUNTRY"))
                .body("checks.optionalData", equalTo(true));
        String stateless = Specimens.passport("DEU", "DOE<<JANE", "X1234567", "XXA", "800101", 'F', "310101", "");
        post(lines(stateless)).then().statusCode(200).body("nationality.kind", equalTo("STATELESS"))
                .body("nationality.country", nullValue()).body("issuingState.country", equalTo("DE"));
    }

    @Test
    void whatIsNoZoneIs400WithTheReason() {
        post(Map.of("lines", List.of("hello", "world"))).then().statusCode(400)
                .body("valid", equalTo(false)).body("reason", equalTo("LINE_LENGTH"))
                .body("line", equalTo(1)).body("length", equalTo(5));
        post(Map.of("lines", List.of(Specimens.TD3.split("\n")[0], "L898902C36UTO7408122F1204159ZE184226B<<<<<1")))
                .then().statusCode(400).body("reason", equalTo("LINE_LENGTH")).body("line", equalTo(2))
                .body("length", equalTo(43));
        post(Map.of("lines", List.of(Specimens.TD3.split("\n")[0]))).then().statusCode(400)
                .body("reason", equalTo("LINE_COUNT")).body("lines", equalTo(1));
        post(Map.of("lines", List.of("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F120415"
                + "9ZE184226B<<<<<1Ж"))).then().statusCode(400).body("reason", equalTo("CHARACTERS"))
                .body("line", equalTo(2)).body("position", equalTo(44));
        String[] td3 = Specimens.TD3.split("\n");
        post(Map.of("lines", List.of(td3[1], td3[0]))).then().statusCode(400).body("reason", equalTo("DOCUMENT_CODE"));
        post(Map.of("lines", List.of("V" + td3[0].substring(1), td3[1]))).then().statusCode(400)
                .body("reason", equalTo("VISA"));
        post(Map.of("lines", List.of(" ", ""))).then().statusCode(400).body("reason", equalTo("EMPTY"));
        post(Map.of("lines", List.of())).then().statusCode(400).body("reason", equalTo("EMPTY"));
        post(Map.of("lines", List.of("<".repeat(1_001)))).then().statusCode(400).body("reason", equalTo("TOO_LONG"));
    }

    @Test
    void malformedJsonWrongTypesAndOversizedBodiesAre400() throws Exception {
        post("{\"lines\": [").then().statusCode(400).body("reason", equalTo("MALFORMED_JSON"));
        post("").then().statusCode(400).body("reason", equalTo("LINES_MISSING"));
        post("[]").then().statusCode(400).body("reason", equalTo("LINES_MISSING"));
        post("{\"lines\": \"P<UTO\"}").then().statusCode(400).body("reason", equalTo("LINES_MISSING"));
        post("{\"line\": []}").then().statusCode(400).body("reason", equalTo("LINES_MISSING"));
        post("{\"lines\": [1, 2]}").then().statusCode(400).body("reason", equalTo("LINES_NOT_TEXT"));
        post("{\"lines\": [null]}").then().statusCode(400).body("reason", equalTo("LINES_NOT_TEXT"));
        post("{\"lines\": [[\"P<UTO\"]]}").then().statusCode(400).body("reason", equalTo("LINES_NOT_TEXT"));
        post("[".repeat(3_000)).then().statusCode(400).body("reason", equalTo("MALFORMED_JSON"));
        // raw bytes (RestAssured would write a byte[] as JSON): not UTF-8
        assertEquals("400 {\"valid\":false,\"reason\":\"MALFORMED_JSON\"}",
                raw(new byte[] { '{', '"', (byte) 0xC3, '"', ':', '1', '}' }));
        post("{\"lines\": [\"" + "<".repeat(5_000) + "\"]}").then().statusCode(400)
                .body("reason", equalTo("TOO_LONG"));
        given().contentType("text/plain").body(Specimens.TD3).post("/api/mrz").then().statusCode(415)
                .body("reason", equalTo("NOT_JSON"));
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void staffSignedInGetTheSameAnswer() {
        post(lines(Specimens.TD3)).then().statusCode(200).body("valid", equalTo(true));
    }
}
