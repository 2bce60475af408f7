package kz.iinportal.iin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The public JSON check {@code GET /api/iin/{value}}: the exact contract (fields, order, formats), every reason code,
 * and that no input — spaces, odd Unicode, very long values — ever gives a 500 or echoes more than it should.
 */
@QuarkusTest
class IinApiTest {

    static final List<String> FIELDS = List.of("iin", "valid", "reason", "birthDate", "sex");

    /** The expected body, written out in full so that field order and formats are compared too. */
    static String body(String iin, boolean valid, String reason, String birthDate, String sex) {
        return "{\"iin\":" + quoted(iin) + ",\"valid\":" + valid + ",\"reason\":" + quoted(reason)
                + ",\"birthDate\":" + quoted(birthDate) + ",\"sex\":" + quoted(sex) + "}";
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** GET with the path sent exactly as written (percent-escapes included), anonymously, not following redirects. */
    static Response getRaw(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get(path);
    }

    @Test
    void validExamplesGiveTheExactContract() {
        getRaw("/api/iin/900101300811").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body(equalTo("{\"iin\":\"900101300811\",\"valid\":true,\"reason\":null,\"birthDate\":\"1990-01-01\","
                        + "\"sex\":\"MALE\"}"));
        getRaw("/api/iin/061211600012").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body(equalTo("{\"iin\":\"061211600012\",\"valid\":true,\"reason\":null,\"birthDate\":\"2006-12-11\","
                        + "\"sex\":\"FEMALE\"}"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            // value,       reason,      birthDate,  sex   (null where the digits cannot be decoded)
            "90010130081A, NOT_DIGITS,  null,       null",
            "9001013008-1, NOT_DIGITS,  null,       null",
            "90010130081,  LENGTH,      null,       null",
            "9001013008111, LENGTH,     null,       null",
            "900101700811, CENTURY_SEX, null,       null",
            "900101000811, CENTURY_SEX, null,       null",
            "901301300811, DATE,        null,       MALE",
            "900230400811, DATE,        null,       FEMALE",
            "900101300812, CHECK_DIGIT, 1990-01-01, MALE",
            "061211600013, CHECK_DIGIT, 2006-12-11, FEMALE",
    })
    void everyReasonCode(String value, String reason, String birthDate, String sex) {
        getRaw("/api/iin/" + value).then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body(equalTo(body(value, false, reason, birthDate, sex)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "900101%20300811", "%20900101300811%20", "9001%2001%2030%200811", "900101%09300811",
            "900101%C2%A0300811" /* no-break space */ })
    void whitespaceInsideTheValueIsAllowedAndRemovedFromTheEcho(String encoded) {
        getRaw("/api/iin/" + encoded).then().statusCode(200)
                .body(equalTo(body("900101300811", true, null, "1990-01-01", "MALE")));
    }

    @Test
    void aPlusInThePathIsNotASpace() {
        getRaw("/api/iin/900101+300811").then().statusCode(200)
                .body(equalTo(body("900101+300811", false, "NOT_DIGITS", null, null)));
    }

    @Test
    void emptyValueIsJustTooShort() {
        getRaw("/api/iin/").then().statusCode(200).body(equalTo(body("", false, "LENGTH", null, null)));
        getRaw("/api/iin").then().statusCode(200).body(equalTo(body("", false, "LENGTH", null, null)));
        getRaw("/api/iin/%20%20").then().statusCode(200).body(equalTo(body("", false, "LENGTH", null, null)));
    }

    @Test
    void slashesAndSemicolonsEncodedOrNotAreChecked() {
        getRaw("/api/iin/12/34").then().statusCode(200).body(equalTo(body("12/34", false, "NOT_DIGITS", null, null)));
        getRaw("/api/iin/12%2F34").then().statusCode(200)
                .body(equalTo(body("12/34", false, "NOT_DIGITS", null, null)));
        getRaw("/api/iin/12%3B34").then().statusCode(200)
                .body(equalTo(body("12;34", false, "NOT_DIGITS", null, null)));
    }

    @Test
    void echoIsCappedAt64Characters() {
        String digits64 = "1".repeat(IinApi.MAX_ECHO_LENGTH);
        getRaw("/api/iin/" + digits64).then().statusCode(200)
                .body(equalTo(body(digits64, false, "LENGTH", null, null)));
        // Longer input is still judged (on the whole value, as Iin.check does), but not echoed.
        getRaw("/api/iin/" + "1".repeat(IinApi.MAX_ECHO_LENGTH + 1)).then().statusCode(200)
                .body(equalTo(body(null, false, "LENGTH", null, null)));
        getRaw("/api/iin/" + "1".repeat(3000)).then().statusCode(200)
                .body(equalTo(body(null, false, "LENGTH", null, null)));
        getRaw("/api/iin/" + "x".repeat(3000)).then().statusCode(200)
                .body(equalTo(body(null, false, "NOT_DIGITS", null, null)));
        // Whitespace does not count: 12 digits padded with 200 spaces are a valid IIN.
        getRaw("/api/iin/" + "%20".repeat(100) + "900101300811" + "%20".repeat(100)).then().statusCode(200)
                .body(equalTo(body("900101300811", true, null, "1990-01-01", "MALE")));
    }

    @ParameterizedTest
    @ValueSource(ints = { 5_000, 10_000 })
    void veryLongValuesNeverGiveAServerError(int length) {
        for (String filler : new String[] { "1", "a", "%D0%96" }) {
            Response response;
            try {
                response = getRaw("/api/iin/" + filler.repeat(length));
            } catch (Exception e) { // RestAssured rethrows socket errors unchecked or checked
                // The server may answer 414 and close the connection while the client is still sending the long
                // request line: the client then sees a broken pipe. That is a refusal, not a server error.
                assertTrue(hasCause(e, SocketException.class), "unexpected failure: " + e);
                continue;
            }
            int status = response.statusCode();
            // The HTTP server refuses request lines over 4096 bytes (414) before the application sees them; should
            // that limit ever be raised, the application answers with the capped JSON instead.
            assertTrue(status == 414 || status == 200, "status " + status);
            if (status == 200) {
                assertTrue(response.asString().startsWith("{\"iin\":null,\"valid\":false,"), response.asString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "%D9%A9%D9%A0%D9%A0%D9%A1%D9%A0%D9%A1%D9%A3%D9%A0%D9%A0%D9%A8%D9%A1%D9%A1", // Arabic-Indic digits
            "%EF%BC%99%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%90%EF%BC%91%EF%BC%93%EF%BC%90%EF%BC%90%EF%BC%98%EF%BC%91"
                    + "%EF%BC%91", // fullwidth digits
            "900101%E2%80%8B300811", // zero-width space: a format character, not whitespace
            "%E2%80%AE118003101009", // right-to-left override
            "%F0%9F%98%80", // emoji (a surrogate pair)
            "%ED%A0%80", // an encoded lone surrogate (invalid UTF-8)
            "%00", "%1B%5B31m", // NUL, an escape sequence
            "%D0%96%D0%A1%D0%9D", // ЖСН
            "9%CC%8A00101300811", // combining ring above
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%7D%2C%22valid%22%3Atrue%2C%22x%22%3A%7B%22", "%5C%5Cu0000",
    })
    void oddUnicodeIsNotDigitsAndNeverBreaksTheJson(String encoded) throws IOException {
        Response response = getRaw("/api/iin/" + encoded);
        assertEquals(200, response.statusCode(), encoded);
        assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        JsonNode json = new ObjectMapper().readTree(response.asString());
        assertEquals(FIELDS, fieldNames(json));
        assertFalse(json.get("valid").asBoolean());
        assertEquals("NOT_DIGITS", json.get("reason").asText());
        assertTrue(json.get("birthDate").isNull());
        assertTrue(json.get("sex").isNull());
    }

    @Test
    void malformedPercentEscapesAreRefusedByTheHttpLayerNotWith500() throws IOException {
        // RestAssured refuses to send these, so they go over a plain socket.
        assertEquals(400, rawStatus("/api/iin/%ZZ"));
        assertEquals(400, rawStatus("/api/iin/90010130081%"));
    }

    @Test
    void onlyTheFiveContractFieldsAreEverReturned() throws IOException {
        for (String value : new String[] { "900101300811", "061211600012", "900101300812", "abc" }) {
            String raw = getRaw("/api/iin/" + value).then().statusCode(200).extract().asString();
            assertEquals(FIELDS, fieldNames(new ObjectMapper().readTree(raw)), value);
            for (String personal : new String[] { "name", "surname", "citizenship", "status", "registered", "person",
                    "document", "address" }) {
                assertFalse(raw.toLowerCase().contains(personal), value + " reveals " + personal + ": " + raw);
            }
        }
    }

    @Test
    void reachableWithoutLoginAndWithABrowsersAcceptHeader() {
        given().redirects().follow(false)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .get("/api/iin/900101300811").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body(equalTo(body("900101300811", true, null, "1990-01-01", "MALE")));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void signedInCallersGetTheSameAnswer() {
        getRaw("/api/iin/061211600012").then().statusCode(200)
                .body(equalTo(body("061211600012", true, null, "2006-12-11", "FEMALE")));
    }

    @Test
    void echoNeverContainsUnpairedSurrogates() {
        assertEquals("a\uFFFDb", IinApi.echo("a\uD800b"));
        assertEquals("\uFFFD", IinApi.echo("\uDC00"));
        assertEquals("x\uFFFD", IinApi.echo("x\uD83D"));
        assertEquals("\uD83D\uDE00\uFFFD", IinApi.echo("\uD83D\uDE00\uDE00"));
        assertEquals("\uD83D\uDE00", IinApi.echo("\uD83D\uDE00"));
        assertEquals("900101300811", IinApi.echo("900101300811"));
        assertNull(IinApi.echo("1".repeat(IinApi.MAX_ECHO_LENGTH + 1)));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int rawStatus(String path) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
