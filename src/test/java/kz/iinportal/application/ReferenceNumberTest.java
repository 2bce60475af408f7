package kz.iinportal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Reference numbers: well-formed, unique in practice, and every single-character typo is caught. */
class ReferenceNumberTest {

    @Test
    void formatAndValidity() {
        String ref = ReferenceNumber.next();
        assertTrue(ref.matches("KZ-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}"), ref);
        assertTrue(ReferenceNumber.isValid(ref));
        assertEquals(ref, ReferenceNumber.normalize(" " + ref.toLowerCase().replace("-", " ") + " "));
        assertNull(ReferenceNumber.normalize("hello"));
        assertFalse(ReferenceNumber.isValid(null));
    }

    @Test
    void everySingleCharacterChangeIsDetected() {
        for (int n = 0; n < 200; n++) {
            String compact = ReferenceNumber.next().substring(3).replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (char c : ReferenceNumber.ALPHABET.toCharArray()) {
                    if (c != compact.charAt(i)) {
                        String typo = compact.substring(0, i) + c + compact.substring(i + 1);
                        assertFalse(ReferenceNumber.isValid(typo), compact + " → " + typo);
                    }
                }
            }
        }
    }

    @Test
    void mostNeighbourSwapsAreDetected() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 500; n++) {
            String compact = ReferenceNumber.next().substring(3).replace("-", "");
            for (int i = 0; i + 1 < compact.length(); i++) {
                if (compact.charAt(i) != compact.charAt(i + 1)) {
                    swaps++;
                    String swapped = compact.substring(0, i) + compact.charAt(i + 1) + compact.charAt(i)
                            + compact.substring(i + 2);
                    caught += ReferenceNumber.isValid(swapped) ? 0 : 1;
                }
            }
        }
        assertTrue(caught > swaps * 0.95, caught + " of " + swaps);
    }

    @Test
    void notSequentialAndNotRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(ReferenceNumber.next()));
        }
    }
}
