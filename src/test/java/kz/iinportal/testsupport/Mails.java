package kz.iinportal.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an e-mail as received by {@link FakeSmtpServer}: the text of its MIME parts, decoded (Keycloak writes
 * Russian or Kazakh text in base64, English in quoted-printable), and the links in it.
 */
public final class Mails {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    private Mails() {
    }

    /** The decoded bodies of the message's parts (or of the message itself when it has no parts). */
    public static List<String> texts(String message) {
        List<String> texts = new ArrayList<>();
        for (String part : message.split("\n--[^\n]*\n")) {
            int blank = part.indexOf("\n\n");
            if (blank < 0) {
                continue;
            }
            String headers = part.substring(0, blank).toLowerCase(Locale.ROOT);
            String body = part.substring(blank + 2);
            if (headers.contains("content-transfer-encoding: base64")) {
                texts.add(new String(Base64.getMimeDecoder().decode(body.replaceAll("[^A-Za-z0-9+/=]", "")),
                        StandardCharsets.UTF_8));
            } else if (headers.contains("content-transfer-encoding: quoted-printable")) {
                texts.add(quotedPrintable(body));
            } else {
                texts.add(body);
            }
        }
        return texts;
    }

    /** The first link in the message whose address contains {@code part}. */
    public static String link(String message, String part) {
        for (String text : texts(message)) {
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                if (m.group().contains(part)) {
                    return m.group().replace("&amp;", "&");
                }
            }
        }
        throw new AssertionError("no link with " + part + " in " + message);
    }

    private static String quotedPrintable(String body) {
        String joined = body.replace("=\n", "");
        byte[] out = new byte[joined.length()];
        int n = 0;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                out[n++] = (byte) Integer.parseInt(joined.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                out[n++] = (byte) c;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
