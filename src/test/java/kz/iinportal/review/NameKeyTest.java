package kz.iinportal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Names that are the same person's after normalisation, and names that are not. */
class NameKeyTest {

    static final LocalDate BORN = LocalDate.of(1984, 3, 7);

    static String[][] sameNames() {
        return new String[][] {
                { "O'Brien-Smith", "obrien smith" },
                { "O'Brien-Smith", "ÓBRIEN SMITH" },
                { "O'BRIEN-SMITH", "O’Brien Smith" },
                { "O'BRIEN", "OʼBRIEN" },
                { "O'BRIEN", "O`BRIEN" },
                { "O'BRIEN", "O´BRIEN" },
                { "O'BRIEN", "OʻBRIEN" },
                { "O'BRIEN", "O\"BRIEN" },
                { "O'BRIEN", "O‘BRIEN" },
                { "O'BRIEN", "OʹBRIEN" },
                { "Anne-Marie", "ANNE MARIE" },
                { "Anne-Marie", "annemarie" },
                { "Anne–Marie", "Anne—Marie" },
                { "  Müller ", "MULLER" },
                { "François", "FRANCOIS" },
                { "Şahin", "SAHIN" },
                { "Nguyễn Văn", "NGUYEN VAN" },
                { "Čapek", "capek" },
                { "Søren", "SOREN" },
                { "Łukasz", "LUKASZ" },
                { "Đorđe", "DORDE" },
                { "Straße", "STRASSE" },
                { "STRAẞE", "strasse" },
                { "Yıldız", "YILDIZ" },
                { "İsmail", "ISMAIL" },
                { "Ægir", "AEGIR" },
                { "Œuvre", "OEUVRE" },
                { "Þór", "THOR" },
                { "ＡＬＩ", "ALI" },
        };
    }

    static String[][] differentNames() {
        return new String[][] {
                { "OBRIEN", "OBRIAN" },
                { "ANNA MARIA", "ANNAMARIE" },
                { "MULLER", "MUELLER" },
                { "SMITH", "SMYTH" },
                { "IVANOV", "IVANOVA" },
                { "LI", "LIU" },
        };
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("sameNames")
    void theseAreTheSameName(String a, String b) {
        assertEquals(NameKey.normalise(a), NameKey.normalise(b));
        assertTrue(NameKey.of(a, "JOHN", BORN).matches(NameKey.of(b, "john", BORN)));
        assertTrue(NameKey.of("SMITH", a, BORN).matches(NameKey.of("smith", b, BORN)));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @MethodSource("differentNames")
    void theseAreNot(String a, String b) {
        assertNotEquals(NameKey.normalise(a), NameKey.normalise(b));
        assertFalse(NameKey.of(a, "JOHN", BORN).matches(NameKey.of(b, "JOHN", BORN)));
    }

    @Test
    void theKeyIsLowerCaseLettersAndDigitsOnly() {
        assertEquals("obriensmith", NameKey.normalise(" Ó'Brien - Smith. "));
        assertEquals("", NameKey.normalise(null));
        assertEquals("", NameKey.normalise(" -'’ "));
    }

    @Test
    void theBirthDateMustBeTheSame() {
        assertTrue(NameKey.of("O'Brien", "Sean", BORN).matches(NameKey.of("OBRIEN", "SEÁN", BORN)));
        assertFalse(NameKey.of("O'Brien", "Sean", BORN).matches(NameKey.of("OBRIEN", "SEAN", BORN.plusDays(1))));
    }

    @Test
    void familyNameAndGivenNamesAreNotInterchangeable() {
        assertFalse(NameKey.of("JOHN", "SMITH", BORN).matches(NameKey.of("SMITH", "JOHN", BORN)));
        // …and a given name does not slide into the family name.
        assertFalse(NameKey.of("SMITH JOHN", "PAUL", BORN).matches(NameKey.of("SMITH", "JOHN PAUL", BORN)));
    }

    @Test
    void anIncompleteKeyMatchesNothing() {
        assertFalse(NameKey.of("-", "JOHN", BORN).matches(NameKey.of("'", "JOHN", BORN)));
        assertFalse(NameKey.of("SMITH", null, BORN).matches(NameKey.of("SMITH", null, BORN)));
        assertFalse(NameKey.of("SMITH", "JOHN", null).matches(NameKey.of("SMITH", "JOHN", null)));
        assertFalse(NameKey.of("SMITH", "JOHN", BORN).matches(null));
    }
}
