package kz.iinportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the en, ru and kk bundles: the three have the same keys, none is empty, and every
 * key the templates and the code use exists. A key added to one bundle only, or used but never defined, fails here.
 */
class MessageBundlesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Map<String, String> BUNDLES = Map.of(
            "en", "messages.properties", "ru", "messages_ru.properties", "kk", "messages_kk.properties");

    /** {m:key} and {m:key(args)} in templates. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("(?:\\{|=)m:([A-Za-z0-9_.\\-]+)");
    /** Keys the Java code resolves itself, written as string literals "messageKey:..." or passed to getMessage. */
    static final Pattern CODE_KEY = Pattern.compile("getMessage\\(\"([A-Za-z0-9_.\\-]+)\"\\)");

    @Test
    void allBundlesHaveTheSameNonEmptyKeys() throws IOException {
        Properties en = load("en");
        for (String lang : BUNDLES.keySet()) {
            Properties bundle = load(lang);
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(bundle.stringPropertyNames());
            Set<String> extra = new TreeSet<>(bundle.stringPropertyNames());
            extra.removeAll(en.stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from " + BUNDLES.get(lang));
            assertEquals(Set.of(), extra, "keys only in " + BUNDLES.get(lang));
            for (String key : bundle.stringPropertyNames()) {
                assertTrue(!bundle.getProperty(key).isBlank(), key + " is empty in " + BUNDLES.get(lang));
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExistsInEveryBundle() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(RESOURCES.resolve("templates"), TEMPLATE_KEY));
        used.addAll(keysIn(Path.of("src/main/java"), CODE_KEY));
        used.add("role.none");
        assertTrue(used.size() > 20, "the scan found the keys: " + used.size());
        for (String lang : BUNDLES.keySet()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(lang).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys used but missing from " + BUNDLES.get(lang));
        }
    }

    /**
     * Every constant of every {@link Labelled} enum has its label in the three bundles. The enums are found in the
     * compiled classes, so a new one is covered without being listed here.
     */
    @Test
    void everyEnumLabelExistsInEveryBundle() throws IOException {
        List<Class<?>> labelled = labelledEnums();
        assertTrue(labelled.size() >= 15, "the scan found the Labelled enums: " + labelled);
        Set<String> keys = new TreeSet<>();
        for (Class<?> type : labelled) {
            for (Object constant : type.getEnumConstants()) {
                keys.add(((Labelled) constant).labelKey());
            }
        }
        for (String lang : BUNDLES.keySet()) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(load(lang).stringPropertyNames());
            assertEquals(Set.of(), missing, "enum labels missing from " + BUNDLES.get(lang));
        }
    }

    @Test
    void russianAndKazakhAreActuallyTranslated() throws IOException {
        Properties en = load("en");
        for (String lang : Set.of("ru", "kk")) {
            Properties bundle = load(lang);
            long same = en.stringPropertyNames().stream()
                    .filter(k -> !k.startsWith("lang.") && en.getProperty(k).equals(bundle.getProperty(k))).count();
            assertEquals(0, same, "strings left in English in " + BUNDLES.get(lang));
        }
    }

    private static List<Class<?>> labelledEnums() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")).map(f -> {
                String file = classes.relativize(f).toString();
                String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                try {
                    return Class.forName(name, false, MessageBundlesTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    return null;
                }
            }).filter(c -> c != null && c.isEnum() && Labelled.class.isAssignableFrom(c))
                    .collect(Collectors.toList());
        }
    }

    private static Set<String> keysIn(Path root, Pattern pattern) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).flatMap(f -> {
                try {
                    Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    return m.results().map(r -> r.group(1)).collect(Collectors.toList()).stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Properties load(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(BUNDLES.get(lang)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
