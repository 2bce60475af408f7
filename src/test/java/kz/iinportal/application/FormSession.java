package kz.iinportal.application;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * A browser-like session for form tests: keeps cookies and sends the CSRF token of the page it last read, as a
 * person's browser would. Requests without the token are rejected by the portal (tested separately).
 */
final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String token;

    Response get(String path) {
        Response response = given().cookies(cookies).redirects().follow(false).get(path);
        cookies.putAll(response.cookies());
        Matcher m = TOKEN.matcher(response.body().asString());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    /** Reads the form page first (for its token), then posts the fields. */
    Response post(String formPage, String action, Map<String, String> fields) {
        get(formPage);
        Map<String, String> form = new HashMap<>(fields);
        if (token != null) {
            form.put("csrf-token", token);
        }
        // Browsers send forms as UTF-8; RestAssured would default to ISO-8859-1 and mangle Cyrillic.
        Response response = given().cookies(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(action);
        cookies.putAll(response.cookies());
        return response;
    }

    /** Uploads one file as the documents page's form does (multipart, with the page's CSRF token). */
    Response upload(String formPage, String kind, String fileName, byte[] content) {
        get(formPage);
        var request = given().cookies(cookies).redirects().follow(false).multiPart("kind", kind)
                .multiPart("file", fileName, content, "application/octet-stream");
        if (token != null) {
            request = request.multiPart("csrf-token", token);
        }
        Response response = request.post(formPage);
        cookies.putAll(response.cookies());
        return response;
    }

    Map<String, String> cookies() {
        return cookies;
    }
}
