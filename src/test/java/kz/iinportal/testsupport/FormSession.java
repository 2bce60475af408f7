package kz.iinportal.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like session for form tests: keeps cookies and sends the CSRF token of the page it last read, as a
 * person's browser would. Requests without the token are rejected by the portal (tested separately).
 */
public final class FormSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private final String language;
    private String token;

    public FormSession() {
        this("en");
    }

    /** A browser that asks for pages in this language (Accept-Language). */
    public FormSession(String language) {
        this.language = language;
    }

    private RequestSpecification browser() {
        return given().cookies(cookies).header("Accept-Language", language).redirects().follow(false);
    }

    /** Carries a cookie the session got elsewhere (e.g. in a real browser that signed in). */
    public FormSession cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public Response get(String path) {
        Response response = browser().get(path);
        cookies.putAll(response.cookies());
        Matcher m = TOKEN.matcher(response.body().asString());
        if (m.find()) {
            token = m.group(1);
        }
        return response;
    }

    /** Reads the form page first (for its token), then posts the fields. */
    public Response post(String formPage, String action, Map<String, String> fields) {
        get(formPage);
        return send(action, fields);
    }

    /** Posts the fields with the token of the page read last, as that page's form would. */
    public Response send(String action, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        if (token != null) {
            form.put("csrf-token", token);
        }
        // Browsers send forms as UTF-8; RestAssured would default to ISO-8859-1 and mangle Cyrillic.
        Response response = browser()
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post(action);
        cookies.putAll(response.cookies());
        return response;
    }

    /** Uploads one file as the documents page's form does (multipart, with the page's CSRF token). */
    public Response upload(String formPage, String kind, String fileName, byte[] content) {
        get(formPage);
        var request = browser().multiPart("kind", kind)
                .multiPart("file", fileName, content, "application/octet-stream");
        if (token != null) {
            request = request.multiPart("csrf-token", token);
        }
        Response response = request.post(formPage);
        cookies.putAll(response.cookies());
        return response;
    }

    /**
     * Sends a multipart form as its page would (text fields as UTF-8, each file under {@code fileField} with its
     * name), with the token of the page read last.
     */
    public Response sendMultipart(String action, Map<String, String> fields, String fileField,
            Map<String, byte[]> files) {
        var request = browser();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.multiPart(new MultiPartSpecBuilder(field.getValue())
                    .controlName(field.getKey()).charset("UTF-8").build());
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            request = request.multiPart(fileField, file.getKey(), file.getValue(), "application/octet-stream");
        }
        if (token != null) {
            request = request.multiPart("csrf-token", token);
        }
        Response response = request.post(action);
        cookies.putAll(response.cookies());
        return response;
    }

    public Map<String, String> cookies() {
        return cookies;
    }
}
