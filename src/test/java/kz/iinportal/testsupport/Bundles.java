package kz.iinportal.testsupport;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The portal's messages as a person reading the page in that language sees them (HTML-escaped, as Qute writes). */
public final class Bundles {

    private Bundles() {
    }

    public static String message(String language, String key) {
        String file = "en".equals(language) ? "/messages.properties" : "/messages_" + language + ".properties";
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(Bundles.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            bundle.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String text = bundle.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key + " in " + file);
        }
        return html(text);
    }

    public static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
