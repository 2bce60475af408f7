package kz.iinportal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iinportal.identity.MrzRefused.Reason;
import kz.iinportal.iin.Sex;

/**
 * The zone parser on its own: the ICAO specimens of the three formats, every single-character change in a checked
 * field against its check digit, names (fillers, several given names, cut at the line's end), two-digit years,
 * pasted text (lower case, spaces, blank lines, one long line) and the reasons for what is no zone.
 */
class MrzTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";

    static Mrz read(String text) {
        try {
            return Mrz.read(text, TODAY);
        } catch (MrzRefused e) {
            throw new AssertionError("refused: " + e.reason + " line " + e.line + " detail " + e.detail);
        }
    }

    static MrzRefused refused(String text) {
        return assertThrows(MrzRefused.class, () -> Mrz.read(text, TODAY));
    }

    @Test
    void checkDigitsOfTheSpecimens() {
        assertEquals(6, Mrz.checkDigit("L898902C3"));
        assertEquals(2, Mrz.checkDigit("740812"));
        assertEquals(9, Mrz.checkDigit("120415"));
        assertEquals(1, Mrz.checkDigit("ZE184226B<<<<<"));
        assertEquals(0, Mrz.checkDigit("L898902C36" + "7408122" + "1204159ZE184226B<<<<<1"), "composite");
        assertEquals(7, Mrz.checkDigit("D23145890"));
        assertEquals(0, Mrz.checkDigit("<<<<<<<<<<<<<<"));
    }

    @Test
    void passportSpecimenTd3() {
        Mrz zone = read(Specimens.TD3);
        assertEquals(MrzFormat.TD3, zone.format());
        assertEquals("P", zone.documentCode());
        assertEquals(new IcaoCode("UTO", null, IcaoCode.Kind.SPECIMEN), zone.issuingState());
        assertEquals("L898902C3", zone.documentNumber());
        assertEquals("UTO", zone.nationality().code());
        assertEquals("ERIKSSON", zone.familyName());
        assertEquals("ANNA MARIA", zone.givenNames());
        assertFalse(zone.nameTruncated());
        assertEquals(LocalDate.of(1974, 8, 12), zone.birthDate());
        assertEquals(Sex.FEMALE, zone.sex());
        assertEquals(LocalDate.of(2012, 4, 15), zone.expiryDate());
        assertEquals("ZE184226B", zone.optionalData());
        assertEquals(List.of(MrzCheck.values()), List.copyOf(zone.checks().keySet()));
        assertTrue(zone.valid(), zone.checks().toString());
    }

    @Test
    void identityCardSpecimensTd1AndTd2() {
        for (String text : List.of(Specimens.TD1, Specimens.TD2)) {
            Mrz zone = read(text);
            assertEquals(text == Specimens.TD1 ? MrzFormat.TD1 : MrzFormat.TD2, zone.format());
            assertEquals("I", zone.documentCode());
            assertEquals("D23145890", zone.documentNumber());
            assertEquals("UTO", zone.issuingState().code());
            assertEquals("UTO", zone.nationality().code());
            assertEquals("ERIKSSON", zone.familyName());
            assertEquals("ANNA MARIA", zone.givenNames());
            assertEquals(LocalDate.of(1974, 8, 12), zone.birthDate());
            assertEquals(Sex.FEMALE, zone.sex());
            assertEquals(LocalDate.of(2012, 4, 15), zone.expiryDate());
            assertEquals("", zone.optionalData());
            assertEquals(List.of(MrzCheck.DOCUMENT_NUMBER, MrzCheck.BIRTH_DATE, MrzCheck.EXPIRY_DATE,
                    MrzCheck.COMPOSITE), List.copyOf(zone.checks().keySet()), "no optional data check");
            assertTrue(zone.valid(), zone.checks().toString());
        }
    }

    /** Where each format keeps its checked fields: line, first and last position (0-based), and the check. */
    record Field(String zone, MrzCheck check, int line, int from, int to) {
    }

    static final List<Field> FIELDS = List.of(
            new Field(Specimens.TD3, MrzCheck.DOCUMENT_NUMBER, 1, 0, 9),
            new Field(Specimens.TD3, MrzCheck.BIRTH_DATE, 1, 13, 19),
            new Field(Specimens.TD3, MrzCheck.EXPIRY_DATE, 1, 21, 27),
            new Field(Specimens.TD3, MrzCheck.OPTIONAL_DATA, 1, 28, 42),
            new Field(Specimens.TD2, MrzCheck.DOCUMENT_NUMBER, 1, 0, 9),
            new Field(Specimens.TD2, MrzCheck.BIRTH_DATE, 1, 13, 19),
            new Field(Specimens.TD2, MrzCheck.EXPIRY_DATE, 1, 21, 27),
            new Field(Specimens.TD1, MrzCheck.DOCUMENT_NUMBER, 0, 5, 14),
            new Field(Specimens.TD1, MrzCheck.BIRTH_DATE, 1, 0, 6),
            new Field(Specimens.TD1, MrzCheck.EXPIRY_DATE, 1, 8, 14));

    static int value(char c) {
        return c == '<' ? 0 : c <= '9' ? c - '0' : c - 'A' + 10;
    }

    /**
     * Every position of every checked field (its check digit included), every other character: the field's check
     * and the composite fail — except, in the alphanumeric fields, for a character worth a multiple of 10 more or
     * less (0/A/K/U, 1/B/L/V…), which ICAO's 7-3-1 scheme cannot see; no other check changes its verdict.
     */
    @Test
    void everySingleCharacterChangeInACheckedFieldIsCaughtByItsCheckDigit() {
        int changes = 0;
        int invisible = 0;
        for (Field field : FIELDS) {
            boolean numeric = field.check == MrzCheck.BIRTH_DATE || field.check == MrzCheck.EXPIRY_DATE;
            for (int p = field.from; p <= field.to; p++) {
                for (char c : ALPHABET.toCharArray()) {
                    String[] lines = field.zone.split("\n");
                    char original = lines[field.line].charAt(p);
                    if (c == original) {
                        continue;
                    }
                    lines[field.line] = lines[field.line].substring(0, p) + c + lines[field.line].substring(p + 1);
                    Mrz zone = read(String.join("\n", lines));
                    boolean checkDigit = p == field.to;
                    boolean seen = checkDigit || (value(c) - value(original)) % 10 != 0
                            || numeric && !(c >= '0' && c <= '9');
                    String where = field.check + " " + field.zone.substring(0, 5) + " @" + p + " " + original + ">" + c;
                    changes++;
                    if (seen) {
                        assertFalse(zone.checks().get(field.check), where);
                        assertFalse(zone.valid(), where);
                        for (Map.Entry<MrzCheck, Boolean> other : zone.checks().entrySet()) {
                            if (other.getKey() != field.check && other.getKey() != MrzCheck.COMPOSITE) {
                                assertTrue(other.getValue(), where + ": " + other.getKey() + " untouched");
                            }
                        }
                        if (!checkDigit && (value(c) - value(original)) % 10 != 0) {
                            assertFalse(zone.checks().get(MrzCheck.COMPOSITE), where + ": composite");
                        }
                    } else {
                        invisible++;
                        assertTrue(zone.checks().get(field.check), where + " is invisible to 7-3-1");
                    }
                }
            }
        }
        assertTrue(changes > 2_000, "changes tried: " + changes);
        assertTrue(invisible < changes / 10, invisible + " of " + changes + " invisible");
    }

    @Test
    void aDigitTypedWrongInADateIsAlwaysCaught() {
        String[] lines = Specimens.TD3.split("\n");
        for (int p = 13; p < 19; p++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != lines[1].charAt(p)) {
                    String line = lines[1].substring(0, p) + c + lines[1].substring(p + 1);
                    assertEquals(List.of(MrzCheck.BIRTH_DATE, MrzCheck.COMPOSITE),
                            read(lines[0] + "\n" + line).failedChecks(), "@" + p + " " + c);
                }
            }
        }
    }

    @Test
    void namesFillersSeveralGivenNamesAndANameCutAtTheLinesEnd() {
        Mrz several = read(Specimens.passport("NLD", "VAN<DER<BERG<<JAN<PIETER<KAREL", "XN01BC123", "NLD",
                "850315", 'M', "300101", "999999990"));
        assertEquals("VAN DER BERG", several.familyName());
        assertEquals("JAN PIETER KAREL", several.givenNames());
        assertEquals(Sex.MALE, several.sex());
        assertEquals("NL", several.nationality().country());
        assertFalse(several.nameTruncated());
        assertTrue(several.valid(), several.checks().toString());

        String cut = "OBRIEN<SMITH<<ALEXANDRA<KATHERINE<ELIZA"; // 39 characters: the whole field, cut
        Mrz truncated = read(Specimens.passport("IRL", cut + "BETH", "PA1234567", "IRL", "900327", 'F',
                "330101", ""));
        assertEquals("OBRIEN SMITH", truncated.familyName());
        assertEquals("ALEXANDRA KATHERINE ELIZA", truncated.givenNames());
        assertTrue(truncated.nameTruncated());

        Mrz oneName = read(Specimens.passport("IND", "SUKARNO", "J8369854", "IND", "610606", '<', "290101",
                ""));
        assertEquals("SUKARNO", oneName.familyName());
        assertEquals("", oneName.givenNames());
        assertNull(oneName.sex(), "< is an unspecified sex");
        assertFalse(oneName.nameTruncated());
    }

    @Test
    void twoDigitYears() {
        Mrz young = read(Specimens.passport("KGZ", "ASANOV<<ERLAN", "AC1234567", "KGZ", "150101", 'M', "251231",
                ""));
        assertEquals(LocalDate.of(2015, 1, 1), young.birthDate(), "20yy when that is in the past");
        assertEquals(LocalDate.of(2025, 12, 31), young.expiryDate(), "an expired document keeps its year");
        Mrz old = read(Specimens.passport("KGZ", "ASANOVA<<AIDA", "AC1234568", "KGZ", "261231", 'F', "991231",
                ""));
        assertEquals(LocalDate.of(1926, 12, 31), old.birthDate(), "2026-12-31 is after today: 1926");
        assertEquals(LocalDate.of(1999, 12, 31), old.expiryDate(), "2099 is more than 50 years ahead: 1999");
        Mrz unknownDay = read(Specimens.passport("AFG", "KARIMI<<ALI", "P0123456", "AFG", "74<<<<", 'M', "300101",
                ""));
        assertNull(unknownDay.birthDate(), "day and month unknown");
        assertTrue(unknownDay.checks().get(MrzCheck.BIRTH_DATE));
        Mrz impossible = read(Specimens.passport("AFG", "KARIMI<<ALI", "P0123456", "AFG", "740231", 'M', "300101",
                ""));
        assertNull(impossible.birthDate(), "31 February");
    }

    @Test
    void documentNumbersLongerThanNineCharactersContinueInTheOptionalData() {
        String line1 = Specimens.pad("I<UTOD23145890<" + "734" + Mrz.checkDigit("D23145890734") + "<", 30);
        String line2 = "7408122F1204159UTO<<<<<<<<<<<";
        String composite = line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15)
                + line2.substring(18, 29);
        Mrz zone = read(line1 + "\n" + line2.substring(0, 29) + Mrz.checkDigit(composite) + "\n"
                + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertEquals("D23145890734", zone.documentNumber());
        assertTrue(zone.valid(), zone.checks().toString());
    }

    @Test
    void lowerCaseSpacesBlankLinesAndOneLongLineAreForgiven() {
        String pasted = "\n\n   " + Specimens.TD3.toLowerCase().replace("\n", "  \r\n \t\n\u00a0 ") + "   \n\n";
        assertEquals(read(Specimens.TD3), read(pasted));
        assertEquals(read(Specimens.TD3), read(Specimens.TD3.replace("\n", " ")), "line break lost");
        assertEquals(read(Specimens.TD1), read(Specimens.TD1.replace("\n", "")));
        assertEquals(read(Specimens.TD3), read(Specimens.TD3.replace("<<<<<<", "<< << <<")), "spaces inside");
    }

    @Test
    void textThatIsNoZoneIsRefusedWithTheReason() {
        assertEquals(Reason.EMPTY, refused(" \n \t\n").reason);
        assertEquals(Reason.EMPTY, refused(null).reason);
        assertEquals(Reason.TOO_LONG, refused("<".repeat(Mrz.MAX_TEXT + 1)).reason);
        MrzRefused prose = refused("My passport number is L898902C3.");
        assertEquals(Reason.CHARACTERS, prose.reason);
        assertEquals(1, prose.line);
        MrzRefused cyrillic = refused(Specimens.TD3.replace("ERIKSSON", "ЕRIKSSON"));
        assertEquals(Reason.CHARACTERS, cyrillic.reason);
        assertEquals(6, cyrillic.detail, "the position of the Cyrillic Е");
        assertEquals(Reason.CHARACTERS, refused(Specimens.TD3.replace("ANNA", "ANNı")).reason,
                "dotless ı is not turned into I");
        MrzRefused oneLine = refused(Specimens.TD3.split("\n")[0]);
        assertEquals(Reason.LINE_COUNT, oneLine.reason);
        assertEquals(1, oneLine.detail);
        assertEquals(Reason.LINE_COUNT, refused(Specimens.TD3 + "\n" + Specimens.TD3.split("\n")[1]).reason);
        MrzRefused short2 = refused(Specimens.TD3.substring(0, Specimens.TD3.length() - 1));
        assertEquals(Reason.LINE_LENGTH, short2.reason);
        assertEquals(2, short2.line);
        assertEquals(43, short2.detail);
        assertEquals(Reason.LINE_LENGTH, refused("HELLO\nWORLD").reason);
        String[] td3 = Specimens.TD3.split("\n");
        assertEquals(Reason.DOCUMENT_CODE, refused(td3[1] + "\n" + td3[0]).reason, "lines swapped");
        assertEquals(Reason.DOCUMENT_CODE, refused("X" + Specimens.TD1.substring(1)).reason);
        assertEquals(Reason.VISA, refused("V" + Specimens.TD3.substring(1)).reason);
        assertEquals(Reason.VISA, refused("V" + Specimens.TD2.substring(1)).reason);
    }

    @Test
    void nationalitiesToIsoCountries() {
        assertEquals(new IcaoCode("D", "DE", IcaoCode.Kind.COUNTRY), IcaoCode.of("D<<"));
        assertEquals("DE", IcaoCode.of("DEU").country());
        assertEquals("KZ", IcaoCode.of("KAZ").country());
        assertEquals("CN", IcaoCode.of("CHN").country());
        assertEquals("TR", IcaoCode.of("TUR").country());
        assertEquals("GB", IcaoCode.of("GBR").country());
        assertEquals("GB", IcaoCode.of("GBN").country());
        assertEquals(IcaoCode.Kind.STATELESS, IcaoCode.of("XXA").kind());
        assertEquals(IcaoCode.Kind.REFUGEE, IcaoCode.of("XXB").kind());
        assertEquals(IcaoCode.Kind.REFUGEE, IcaoCode.of("XXC").kind());
        assertEquals(IcaoCode.Kind.UNSPECIFIED, IcaoCode.of("XXX").kind());
        assertEquals(IcaoCode.Kind.SPECIMEN, IcaoCode.of("UTO").kind());
        assertEquals(IcaoCode.Kind.ORGANISATION, IcaoCode.of("UNO").kind());
        assertEquals(IcaoCode.Kind.ORGANISATION, IcaoCode.of("RKS").kind());
        assertEquals(IcaoCode.Kind.UNKNOWN, IcaoCode.of("ZZZ").kind());
        List<String> none = new ArrayList<>();
        for (String kind : List.of("XXA", "XXB", "XXC", "XXX", "UTO", "UNO", "ZZZ")) {
            if (IcaoCode.of(kind).country() != null) {
                none.add(kind);
            }
        }
        assertEquals(List.of(), none, "no ISO country for codes that are no country");
    }
}
