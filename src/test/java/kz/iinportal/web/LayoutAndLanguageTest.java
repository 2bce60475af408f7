package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The home page and the layout in Kazakh, Russian and English; how the language is chosen and remembered. */
@QuarkusTest
class LayoutAndLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = { "kk", "ru", "en" })
    void homePageRendersInEachLanguage(String lang) throws IOException {
        Properties m = MessageBundlesTest.load(lang);
        m.replaceAll((k, v) -> html(v.toString()));
        given().cookie("_renarde_locale", lang).get("/").then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\">"))
                .body(containsString("<h1>" + m.getProperty("home.title") + "</h1>"))
                .body(containsString(m.getProperty("home.term.title")))
                .body(containsString(m.getProperty("home.free")))
                .body(containsString(m.getProperty("home.docs.passport")))
                .body(containsString(m.getProperty("layout.skip")))
                .body(containsString("href=\"/login\""));
    }

    /** Qute escapes text the way a browser un-escapes it. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    @Test
    void defaultLanguageComesFromAcceptLanguage() {
        given().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").get("/").then()
                .body(containsString("<html lang=\"ru\">"));
        given().header("Accept-Language", "kk-KZ").get("/").then()
                .body(containsString("<html lang=\"kk\">"));
        given().header("Accept-Language", "de-DE,de;q=0.9,ru;q=0.8").get("/").then()
                .body(containsString("<html lang=\"ru\">"));
        // A language the portal does not speak falls back to English.
        given().header("Accept-Language", "zh-CN").get("/").then()
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void chosenLanguageIsRememberedInACookieAndBeatsAcceptLanguage() {
        String cookie = given().redirects().follow(false).queryParam("to", "/?x=1").get("/lang/kk").then()
                .statusCode(303).header("Location", containsString("/?x=1"))
                .extract().cookie("_renarde_locale");
        given().cookie("_renarde_locale", cookie).header("Accept-Language", "ru").get("/").then()
                .body(containsString("<html lang=\"kk\">"));
    }

    @Test
    void languageSwitchNeverRedirectsAway() {
        for (String target : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example", "" }) {
            given().redirects().follow(false).queryParam("to", target).get("/lang/ru").then().statusCode(303)
                    .header("Location", not(containsString("evil")));
        }
        given().get("/lang/de").then().statusCode(404);
    }

    @Test
    void layoutHasLandmarksSkipLinkAndLanguageSwitch() {
        given().get("/").then()
                .body(containsString("<a class=\"skip-link\" href=\"#main\">"))
                .body(containsString("<header"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("<footer"))
                .body(containsString("href=\"/lang/kk?to=%2F\""))
                .body(containsString("href=\"/lang/ru?to=%2F\""));
    }

    @Test
    @TestSecurity(user = "representative", roles = "representative")
    void signedInHeaderShowsRoleSignOutAndRoleNavigation() {
        given().cookie("_renarde_locale", "ru").get("/").then()
                .body(containsString("Законный представитель"))
                .body(containsString("action=\"/signout\""))
                .body(containsString("href=\"/applications\""))
                .body(not(containsString("href=\"/review\"")))
                .body(not(containsString("href=\"/supervisor\"")));
    }

    @Test
    @TestSecurity(user = "operator", roles = "operator")
    void operatorSeesTheirBodyFromTheStaffTable() {
        given().cookie("_renarde_locale", "kk").get("/review").then().statusCode(200)
                .body(containsString("Астана қаласының Полиция департаменті"))
                .body(containsString("href=\"/review\" aria-current=\"page\""));
    }

    @Test
    @TestSecurity(user = "frontoffice", roles = "frontoffice")
    void frontOfficeSeesTheirCentre() {
        given().get("/front-office").then().statusCode(200)
                .body(containsString("Public Service Centre No. 1, Astana"));
    }

    @Test
    @TestSecurity(user = "operator-not-on-staff", roles = "operator")
    void operatorMissingFromTheStaffTableIsToldSo() {
        given().get("/review").then().statusCode(200)
                .body(containsString("not registered as staff"));
    }
}
