package kz.iinportal.iin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

/**
 * The public "Check an IIN" page in Kazakh, Russian and English: the form, the decoded result, one clear message per
 * reason (in the error summary and by the field), the input kept, anonymous access and escaping of hostile input.
 */
@QuarkusTest
class IinCheckPageTest {

    static final Map<String, String> BUNDLES = Map.of(
            "en", "messages.properties", "ru", "messages_ru.properties", "kk", "messages_kk.properties");

    /** The bundle of a language with every text HTML-escaped the way Qute writes it. */
    static Properties messages(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", BUNDLES.get(lang)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        properties.replaceAll((k, v) -> html(v.toString()));
        return properties;
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    static ValidatableResponse check(String lang, String iin) {
        return given().redirects().follow(false).cookie("_renarde_locale", lang).queryParam("iin", iin)
                .get("/iin/check").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "kk", "ru", "en" })
    void emptyFormRendersInEachLanguage(String lang) throws IOException {
        Properties m = messages(lang);
        given().redirects().follow(false).cookie("_renarde_locale", lang).get("/iin/check").then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\">"))
                .body(containsString("<title>" + m.getProperty("iincheck.title") + " — "))
                .body(containsString("<h1>" + m.getProperty("iincheck.title") + "</h1>"))
                .body(containsString(m.getProperty("iincheck.notRegister")))
                .body(containsString("<form class=\"form\" method=\"get\" action=\"/iin/check\""))
                .body(containsString("<label class=\"label\" for=\"iin\">" + m.getProperty("iincheck.label")
                        + "</label>"))
                .body(containsString("<div class=\"hint\" id=\"iin-hint\">" + m.getProperty("iincheck.hint")
                        + "</div>"))
                .body(containsString("id=\"iin\" name=\"iin\" type=\"text\" value=\"\""))
                .body(containsString(">" + m.getProperty("iincheck.submit") + "</button>"))
                .body(containsString("<a href=\"/iin/check\" aria-current=\"page\">" + m.getProperty("nav.iincheck")
                        + "</a>"))
                .body(not(containsString("error-summary")))
                .body(not(containsString("field-error")))
                .body(not(containsString(m.getProperty("iincheck.valid.title"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "en, 900101300811,  1990-01-01, 1 January 1990,   iincheck.sex.male",
            "ru, 900101300811,  1990-01-01, 01.01.1990,       iincheck.sex.male",
            "kk, 900101300811,  1990-01-01, 01.01.1990,       iincheck.sex.male",
            "en, 061211600012,  2006-12-11, 11 December 2006, iincheck.sex.female",
            "ru, 061211600012,  2006-12-11, 11.12.2006,       iincheck.sex.female",
            "kk, 061211600012,  2006-12-11, 11.12.2006,       iincheck.sex.female",
    })
    void validIinShowsTheDecodedDateAndSex(String lang, String iin, String iso, String date, String sexKey)
            throws IOException {
        Properties m = messages(lang);
        check(lang, iin)
                .body(containsString("<h2 id=\"result-title\">" + m.getProperty("iincheck.valid.title") + "</h2>"))
                .body(containsString("<dd>" + iin + "</dd>"))
                .body(containsString("<dt>" + m.getProperty("iincheck.valid.birthDate") + "</dt>"))
                .body(containsString("<time datetime=\"" + iso + "\">" + date + "</time>"))
                .body(containsString("<dt>" + m.getProperty("iincheck.valid.sex") + "</dt><dd>"
                        + m.getProperty(sexKey) + "</dd>"))
                .body(containsString(m.getProperty("iincheck.valid.note")))
                .body(containsString("value=\"" + iin + "\""))
                .body(not(containsString("error-summary")))
                .body(not(containsString("aria-invalid")));
    }

    @Test
    void sexWordsAreTheAgreedOnes() {
        check("en", "900101300811").body(containsString("<dd>Male</dd>"));
        check("en", "061211600012").body(containsString("<dd>Female</dd>"));
        check("ru", "900101300811").body(containsString("<dd>Мужской</dd>"));
        check("ru", "061211600012").body(containsString("<dd>Женский</dd>"));
        check("kk", "900101300811").body(containsString("<dd>Ер</dd>"));
        check("kk", "061211600012").body(containsString("<dd>Әйел</dd>"));
    }

    @Test
    void spacesAreAllowedAndTheInputIsKeptAsTyped() {
        check("en", " 900101 300811 ")
                .body(containsString("value=\" 900101 300811 \""))
                .body(containsString("<dd>900101300811</dd>"))
                .body(containsString("1 January 1990"));
    }

    static Stream<Arguments> errors() {
        String[][] cases = {
                { "90010130081A", "iincheck.error.notDigits" },
                { "90010130081", "iincheck.error.length" },
                { "9001013008111", "iincheck.error.length" },
                { "900101700811", "iincheck.error.centurySex" },
                { "901301300811", "iincheck.error.date" },
                { "900101300812", "iincheck.error.checkDigit" },
                { "", "iincheck.error.empty" },
                { "   ", "iincheck.error.empty" },
        };
        return Stream.of("kk", "ru", "en")
                .flatMap(lang -> Stream.of(cases).map(c -> Arguments.of(lang, c[0], c[1])));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2}")
    @MethodSource("errors")
    void eachProblemIsInTheSummaryAndByTheField(String lang, String input, String key) throws IOException {
        Properties m = messages(lang);
        String message = m.getProperty(key);
        check(lang, input)
                .body(containsString("<title>" + m.getProperty("form.error.prefix") + " "
                        + m.getProperty("iincheck.title") + " — "))
                .body(containsString("<div class=\"error-summary\" role=\"alert\""))
                .body(containsString(m.getProperty("form.errorSummary.title")))
                .body(containsString("<li><a href=\"#iin\">" + message + "</a></li>"))
                .body(containsString("<div class=\"form-group form-group--error\">"))
                .body(containsString("<p class=\"field-error\" id=\"iin-error\"><span class=\"visually-hidden\">"
                        + m.getProperty("form.error.prefix") + "</span> " + message + "</p>"))
                .body(containsString("aria-describedby=\"iin-hint iin-error\" aria-invalid=\"true\""))
                .body(containsString("value=\"" + input + "\""))
                .body(not(containsString(m.getProperty("iincheck.valid.title"))));
    }

    @Test
    void errorMessagesAreTheAgreedEnglishOnes() {
        check("en", "12345").body(containsString("An IIN has exactly 12 digits"));
        check("en", "12345x").body(containsString("Enter digits only"));
        check("en", "991331300811").body(containsString("Digits 1–6 must be a real date of birth (YYMMDD)"));
        check("en", "900101900811").body(containsString("The 7th digit must be 1 to 6"));
        check("en", "900101300813").body(containsString("The last digit does not match — check for a typo"));
        check("en", "").body(containsString("Enter an IIN"));
    }

    @Test
    void emptySubmissionFromTheFormAsTheBrowserSendsIt() {
        given().urlEncodingEnabled(false).get("/iin/check?iin=").then().statusCode(200)
                .body(containsString("<a href=\"#iin\">Enter an IIN</a>"));
        given().urlEncodingEnabled(false).get("/iin/check?iin=+++").then().statusCode(200)
                .body(containsString("<a href=\"#iin\">Enter an IIN</a>"));
        // A "+" in a query string is a space, so a number typed with spaces arrives intact.
        given().urlEncodingEnabled(false).get("/iin/check?iin=900101+300811").then().statusCode(200)
                .body(containsString("value=\"900101 300811\""))
                .body(containsString("This IIN is valid"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "<script>alert(1)</script>", "\"><script>alert(1)</script>",
            "' onfocus='alert(1)", "&lt;b&gt;" })
    void hostileInputComesBackEscaped(String hostile) {
        check("en", hostile)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(not(containsString("' onfocus='")))
                .body(containsString("value=\"" + html(hostile) + "\""))
                .body(containsString("Enter digits only"));
    }

    @Test
    void reachableWithoutLogin() {
        given().redirects().follow(false).get("/iin/check").then().statusCode(200)
                .body(containsString("href=\"/login\""));
        given().redirects().follow(false).queryParam("iin", "900101300811").get("/iin/check").then()
                .statusCode(200).body(containsString("This IIN is valid"));
    }

    @Test
    @TestSecurity(user = "operator", roles = "operator")
    void alsoReachableWhenSignedIn() {
        given().redirects().follow(false).queryParam("iin", "900101300811").get("/iin/check").then()
                .statusCode(200).body(containsString("This IIN is valid"))
                .body(containsString("<a href=\"/iin/check\" aria-current=\"page\">"));
    }

    @Test
    void longInputIsAnsweredNotRefused() {
        check("en", "1".repeat(500)).body(containsString("An IIN has exactly 12 digits"));
        check("en", "x".repeat(500)).body(containsString("Enter digits only"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "kk", "ru", "en" })
    void homePageAndNavigationLinkToTheCheck(String lang) throws IOException {
        Properties m = messages(lang);
        given().cookie("_renarde_locale", lang).get("/").then().statusCode(200)
                .body(containsString(m.getProperty("home.iincheck.text") + " <a href=\"/iin/check\">"
                        + m.getProperty("home.iincheck.link") + "</a>"))
                .body(containsString("<a href=\"/iin/check\" >" + m.getProperty("nav.iincheck") + "</a>"))
                .body(not(containsString("<a href=\"/iin/check\" aria-current")));
    }
}
