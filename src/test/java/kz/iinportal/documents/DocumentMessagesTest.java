package kz.iinportal.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every upload problem and document kind has its text in English, Russian and Kazakh. */
class DocumentMessagesTest {

    @Test
    void everyProblemAndKindIsTranslated() throws IOException {
        Properties en = load("messages.properties");
        Properties ru = load("messages_ru.properties");
        Properties kk = load("messages_kk.properties");
        List<String> keys = new ArrayList<>();
        for (UploadProblem problem : UploadProblem.values()) {
            keys.add(problem.messageKey());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            keys.add(kind.labelKey());
        }
        for (String key : keys) {
            String english = en.getProperty(key);
            assertNotNull(english, key + " in English");
            for (Properties bundle : List.of(ru, kk)) {
                String text = bundle.getProperty(key);
                assertNotNull(text, key);
                assertNotEquals(english, text, key);
                assertTrue(text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                        key + " is not in Cyrillic: " + text);
            }
        }
    }

    @Test
    void theEnglishMessagesSayPreciselyWhatIsWrong() throws IOException {
        Properties en = load("messages.properties");
        assertEquals("The selected file is empty", en.getProperty("upload.error.EMPTY"));
        assertEquals("The selected file must be smaller than 10 MB", en.getProperty("upload.error.TOO_LARGE"));
        assertEquals("The selected file must be a PDF, JPG or PNG", en.getProperty("upload.error.WRONG_TYPE"));
        assertEquals("The selected file is password protected. Upload a PDF without a password",
                en.getProperty("upload.error.PASSWORD_PROTECTED"));
        assertEquals("You can upload at most 10 documents. Remove one to add another",
                en.getProperty("upload.error.TOO_MANY"));
        assertEquals("The PDF file is damaged or not a real PDF. Save it again as PDF and upload that copy",
                en.getProperty("upload.error.PDF_DAMAGED"));
        assertEquals("The PDF contains active content. Print it to PDF again and upload that copy",
                en.getProperty("upload.error.ACTIVE_CONTENT"));
        assertEquals("The image is damaged or not a real JPG or PNG. Save it again and upload that copy",
                en.getProperty("upload.error.IMAGE_DAMAGED"));
        assertTrue(en.getProperty("upload.error.IMAGE_TOO_LARGE").startsWith(
                "The image is too large: at most 12,000 pixels a side"),
                en.getProperty("upload.error.IMAGE_TOO_LARGE"));
    }

    @Test
    void kazakhUsesKazakhLetters() throws IOException {
        Properties kk = load("messages_kk.properties");
        StringBuilder all = new StringBuilder();
        for (UploadProblem problem : UploadProblem.values()) {
            all.append(kk.getProperty(problem.messageKey(), ""));
        }
        assertTrue(all.toString().chars().anyMatch(c -> "ӘәҒғҚқҢңӨөҰұҮүҺһІі".indexOf(c) >= 0), all.toString());
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
