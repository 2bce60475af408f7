package kz.iinportal.web;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.response.Response;
import kz.iinportal.testsupport.Bundles;
import kz.iinportal.testsupport.FormSession;

/**
 * The hostile-input corpus (src/test/resources/hostile-input.txt plus 10 KB strings of every UTF-8 width) and the
 * checks every answer to it must pass: never 500 or more, never a blank page, and a form shown again keeps what was
 * typed (as the portal's one text policy, {@link TextInput}, leaves it), escaped.
 */
final class HostileInput {

    static final List<String> VALUES = load();

    /** Fields whose line breaks are kept (@MultiLine): the refusal comment, the machine-readable zone. */
    static final List<String> MULTI_LINE = List.of("comment", "mrz");

    /** Answers that broke a rule: route, field, value and what was wrong, all reported at once. */
    final List<String> problems = new ArrayList<>();
    int requests;

    private static List<String> load() {
        List<String> values = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HostileInput.class.getResourceAsStream("/hostile-input.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    values.add(unescape(line));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        values.add("a".repeat(10_240));
        values.add("ж".repeat(5_120)); // 2 bytes each
        values.add("ә中".repeat(1_800)); // 2 and 3 bytes
        values.add("\uD83D\uDE00".repeat(2_560)); // 4 bytes each
        return List.copyOf(values);
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (c == '\\' && line.startsWith("x{", i + 1)) {
                int end = line.indexOf('}', i);
                out.appendCodePoint(Integer.parseInt(line.substring(i + 3, end), 16));
                i = end;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What a form shown again must contain for a typed value: the value as the text policy left it, escaped. */
    static String echoed(String value, boolean multiLine) {
        return Bundles.html(TextInput.clean(value, multiLine));
    }

    /**
     * Posts the form once per hostile value in each field, the other fields as given. Every answer is checked; a form
     * shown again (200) must keep what was typed in the text fields named in {@code echoed}.
     */
    void form(FormSession browser, String page, String action, Map<String, String> valid, List<String> fields,
            List<String> echoedFields, Function<String, String> actionFor) {
        browser.get(page);
        for (String field : fields) {
            for (String value : VALUES) {
                Map<String, String> sent = new LinkedHashMap<>(valid);
                sent.put(field, value);
                String target = actionFor == null ? action : actionFor.apply(value);
                Response answer;
                try {
                    answer = browser.send(target, sent);
                } catch (Exception closed) {
                    if (target.length() <= 4_000) {
                        problems.add(target + " " + field + "=" + shortly(value) + ": " + closed);
                    }
                    continue; // an address over the 4,096-byte request line: refused by the HTTP codec (414)
                }
                check(target + " " + field, value, answer);
                if (answer.statusCode() == 200 && echoedFields.contains(field)
                        && !answer.body().asString().contains(echoed(value, MULTI_LINE.contains(field)))) {
                    problems.add(target + " " + field + "=" + shortly(value) + ": typed value not kept");
                }
            }
        }
    }

    /**
     * A GET with the value in its address. Addresses over Vert.x' 4,096-byte request line are refused by the HTTP
     * codec itself (414, connection closed, often before the client has finished writing); those must not be 5xx
     * either, but a client that sees the connection close is not a finding.
     */
    void get(String path, String value) {
        String where = "GET " + path.substring(0, Math.min(path.length(), 60));
        Response answer;
        try {
            answer = given().urlEncodingEnabled(false).redirects().follow(false).get(path);
        } catch (Exception closed) { // the connection closed under the client (a checked exception in disguise)
            if (path.length() > 4_000) {
                requests++;
                return;
            }
            problems.add(where + "=" + shortly(value) + ": " + closed);
            return;
        }
        if (path.length() > 4_000 && answer.statusCode() == 414) {
            requests++;
            return;
        }
        check(where, value, answer);
    }

    void check(String where, String value, Response answer) {
        requests++;
        int status = answer.statusCode();
        String body = answer.body().asString();
        if (status >= 500) {
            problems.add(where + "=" + shortly(value) + ": " + status);
        } else if (status == 200 && !body.contains("</html>") && !answer.contentType().startsWith("application/")) {
            problems.add(where + "=" + shortly(value) + ": blank or partial page");
        } else if (status == 200 && answer.contentType().startsWith("text/html")
                && (body.contains("<script>alert(1)</script>") || body.contains("<img src=x"))) {
            problems.add(where + "=" + shortly(value) + ": markup not escaped");
        }
    }

    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shortly(String value) {
        String visible = value.codePoints().limit(24)
                .mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\x{%x}", c) : Character.toString(c))
                .reduce("", String::concat);
        return "\"" + visible + (value.length() > 24 ? "…(" + value.length() + ")" : "") + "\"";
    }
}
