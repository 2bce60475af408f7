package kz.iinportal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.iinportal.application.ReferenceNumber;

class CertificateNumberTest {

    @Test
    void numbersAreWellFormedDistinctAndSurviveHowPeopleTypeThem() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String number = CertificateNumber.next();
            assertTrue(number.matches("KZC-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}"), number);
            assertEquals(number, CertificateNumber.normalize(number));
            assertEquals(number, CertificateNumber.normalize(" " + number.toLowerCase().replace("-", " ") + " "));
            assertEquals(number, CertificateNumber.normalize(number.substring(4)), "prefix optional");
            assertTrue(seen.add(number));
        }
    }

    @Test
    void everySingleCharacterTypoIsCaught() {
        String number = CertificateNumber.next();
        String compact = number.substring(4).replace("-", "");
        for (int i = 0; i < compact.length(); i++) {
            for (char c : ReferenceNumber.ALPHABET.toCharArray()) {
                if (c != compact.charAt(i)) {
                    String typo = compact.substring(0, i) + c + compact.substring(i + 1);
                    assertNull(CertificateNumber.normalize(typo), typo);
                }
            }
        }
    }

    @Test
    void otherInputIsNotANumber() {
        for (String text : new String[] { null, "", "   ", "KZC", "KZC-2222-2222-222", "KZC-2222-2222-22222",
                "KZC-0000-0000-0000", "../../etc/passwd", "KZC-2222-2222-2222-2" }) {
            assertNull(CertificateNumber.normalize(text), String.valueOf(text));
        }
    }
}
