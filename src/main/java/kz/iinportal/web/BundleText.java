package kz.iinportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import io.quarkiverse.renarde.util.I18N;
import io.quarkus.arc.Arc;

/**
 * The portal's message bundles in a language chosen by the caller, not by the request: a certificate carries its
 * labels in the filer's language and in Kazakh and Russian, whoever downloads it; a notice is written in the filer's
 * language while the operator deciding works in theirs. An unknown language gets English.
 */
public final class BundleText {

    private static final Map<String, Properties> BUNDLES = Map.of(
            "en", load("messages.properties"), "ru", load("messages_ru.properties"), "kk",
            load("messages_kk.properties"));

    private BundleText() {
    }

    public static String get(String language, String key) {
        Properties bundle = language == null ? BUNDLES.get("en") : BUNDLES.getOrDefault(language, BUNDLES.get("en"));
        String text = bundle.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("Message " + key + " missing in " + language);
        }
        return text;
    }

    /** Whether the bundles have this key (they all have the same keys: MessageBundlesTest). */
    public static boolean has(String key) {
        return BUNDLES.get("en").containsKey(key);
    }

    /** The page's language (the request's choice); English outside a request, as the bundles fall back to. */
    public static String pageLanguage() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return "en";
        }
        String language = Arc.container().instance(I18N.class).get().getLanguage();
        return PageContext.LANGUAGES.contains(language) ? language : "en";
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BundleText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
