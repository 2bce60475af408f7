package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each voiced text has words for every voice in every bundle, and the filer's pages and the code reach a voiced text
 * only through the voice: a {m:key} of a voiced key would speak to the applicant whoever fills in.
 */
class VoiceTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Map<String, String> BUNDLES = Map.of("en", "messages.properties", "ru",
            "messages_ru.properties", "kk", "messages_kk.properties");
    /** {app.words('key')} and {voice.words('key')}. */
    private static final Pattern WORDS = Pattern.compile("\\.words\\('([A-Za-z0-9_.\\-]+)'\\)");

    @Test
    void theVoiceFollowsTheChannelAndTheFiler() {
        assertEquals(Voice.SELF, Voice.of(Channel.ONLINE, Filer.SELF));
        assertEquals(Voice.REPRESENTATIVE, Voice.of(Channel.ONLINE, Filer.REPRESENTATIVE));
        assertEquals(Voice.CENTRE, Voice.of(Channel.SERVICE_CENTRE, Filer.SELF));
    }

    @Test
    void aVoicePicksItsOwnWordsThenTheOthersThenThePlainKey() {
        assertEquals("apply.stay.email", Voice.SELF.key("apply.stay.email"));
        assertEquals("apply.stay.email.forOther", Voice.REPRESENTATIVE.key("apply.stay.email"));
        assertEquals("apply.stay.email.forCentre", Voice.CENTRE.key("apply.stay.email"));
        assertEquals("apply.check.declaration.forRepresentative", Voice.REPRESENTATIVE.key("apply.check.declaration"));
        assertEquals("form.continue", Voice.CENTRE.key("form.continue"), "a key without other words is its own");
    }

    @Test
    void everyVoicedTextHasWordsForEveryVoiceInEveryBundle() throws IOException {
        Set<String> voiced = voicedKeys();
        assertTrue(voiced.size() > 40, "the scan found the voiced texts: " + voiced);
        for (String lang : BUNDLES.keySet()) {
            Properties bundle = load(lang);
            for (String base : voiced) {
                for (Voice voice : Voice.values()) {
                    String key = voice.key(base);
                    assertTrue(bundle.containsKey(key) && !bundle.getProperty(key).isBlank(),
                            base + " has no words for " + voice + " in " + BUNDLES.get(lang));
                }
            }
        }
    }

    @Test
    void pagesAndCodeReachVoicedTextsOnlyThroughTheVoice() throws IOException {
        Set<String> voiced = voicedKeys();
        Set<String> plain = new TreeSet<>();
        for (Map.Entry<Path, String> file : filerPages().entrySet()) {
            for (String base : voiced) {
                if (Pattern.compile("m:" + Pattern.quote(base) + "(?![A-Za-z0-9_.\\-])").matcher(file.getValue())
                        .find()) {
                    plain.add(file.getKey().getFileName() + ": m:" + base);
                }
            }
        }
        for (Map.Entry<Path, String> file : files(Path.of("src/main/java")).entrySet()) {
            for (String base : voiced) {
                if (file.getValue().contains("getMessage(\"" + base + "\")")) {
                    plain.add(file.getKey().getFileName() + ": getMessage(\"" + base + "\")");
                }
            }
        }
        assertEquals(Set.of(), plain, "voiced texts used without the voice; write {app.words('…')}");
    }

    @Test
    void everyWordsInATemplateNamesAVoicedText() throws IOException {
        Set<String> voiced = voicedKeys();
        Set<String> used = new TreeSet<>();
        for (String text : files(RESOURCES.resolve("templates")).values()) {
            Matcher m = WORDS.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 15, "the scan found the words: " + used);
        used.removeAll(voiced);
        assertEquals(Set.of(), used, "words(…) of a text that has no other voice: write {m:…}, or add its words");
    }

    /**
     * The templates a filer reads: the journey, their applications and the tags. Staff pages (the operator's review
     * page) speak of the applicant in words of their own.
     */
    private static Map<Path, String> filerPages() throws IOException {
        Map<Path, String> pages = new LinkedHashMap<>();
        for (String folder : List.of("Apply", "Applications", "FrontOffice", "tags")) {
            pages.putAll(files(RESOURCES.resolve("templates").resolve(folder)));
        }
        pages.putAll(Map.of(RESOURCES.resolve("templates/main.html"),
                Files.readString(RESOURCES.resolve("templates/main.html"), StandardCharsets.UTF_8)));
        return pages;
    }

    /** The plain keys that have words for another voice. */
    private static Set<String> voicedKeys() throws IOException {
        Set<String> voiced = new TreeSet<>();
        for (String key : load("en").stringPropertyNames()) {
            for (String suffix : Voice.SUFFIXES) {
                if (key.endsWith("." + suffix)) {
                    voiced.add(key.substring(0, key.length() - suffix.length() - 1));
                }
            }
        }
        return voiced;
    }

    private static Map<Path, String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(Files::isRegularFile).toList();
            Map<Path, String> texts = new LinkedHashMap<>();
            for (Path f : list) {
                texts.put(f, Files.readString(f, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

    private static Properties load(String lang) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(BUNDLES.get(lang)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
