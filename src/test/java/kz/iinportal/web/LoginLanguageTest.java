package kz.iinportal.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Starting the sign-in sends the person to the identity provider (here the dev OIDC server) with the portal's
 * current language in {@code ui_locales}: the language chosen in the portal first, the browser's otherwise.
 */
@QuarkusTest
class LoginLanguageTest {

    @ParameterizedTest
    @CsvSource({ "ru,en-GB,ru", "kk,en-GB,kk", "en,ru-RU,en" })
    void theChosenLanguageGoesToTheSignInPage(String chosen, String browser, String expected) {
        Response response = given().redirects().follow(false).cookie("_renarde_locale", chosen)
                .header("Accept-Language", browser).get("/login");
        assertEquals(302, response.statusCode());
        assertEquals(List.of(expected), uiLocales(response.header("Location")));
    }

    @ParameterizedTest
    @CsvSource({ "ru-RU,ru", "'kk-KZ, ru;q=0.8',kk", "de-DE,en" })
    void withoutAChoiceTheBrowsersLanguageGoes(String browser, String expected) {
        Response response = given().redirects().follow(false).header("Accept-Language", browser)
                .get("/applications");
        assertEquals(302, response.statusCode());
        assertEquals(List.of(expected), uiLocales(response.header("Location")));
    }

    private static List<String> uiLocales(String location) {
        String query = URI.create(location).getRawQuery();
        assertTrue(query != null, location);
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith(LoginLanguage.PARAMETER + "="))
                .map(p -> URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8)).toList();
    }
}
