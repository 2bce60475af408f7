package kz.iinportal.iin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.management.ThreadMXBean;

import kz.iinportal.iin.IinPropertiesTest.Reference;

/**
 * Example-based tests. Expected values were computed by hand / outside this code base; where a
 * value has to be searched for, the search uses {@link Reference}, never {@link Iin} itself.
 */
class IinTest {

    /** Their first pass gives 10, so they are valid only if the second pass is implemented right. */
    @ParameterizedTest
    @ValueSource(strings = { "900101300811", "061211600012", "991231301231", "740812409996", "070522600011" })
    void secondPassExamplesAreValid(String value) {
        assertEquals(10, weightedSumMod11(value, Reference.FIRST_WEIGHTS), "example really needs the second pass");
        assertTrue(Iin.isValid(value));
        assertNull(Iin.validate(value));
        assertEquals(value, Iin.parse(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = { "850315400124", "050709500016", "010101100018", "180912303216", "550228400773" })
    void firstPassExamplesAreValid(String value) {
        assertNotEquals(10, weightedSumMod11(value, Reference.FIRST_WEIGHTS));
        assertTrue(Iin.isValid(value));
    }

    @ParameterizedTest
    @CsvSource({
            "010101100018, 1801-01-01, MALE",
            "991231200027, 1899-12-31, FEMALE",
            "991231301231, 1999-12-31, MALE",
            "850315400124, 1985-03-15, FEMALE",
            "050709500016, 2005-07-09, MALE",
            "070522600011, 2007-05-22, FEMALE",
            "900101300811, 1990-01-01, MALE",
            "061211600012, 2006-12-11, FEMALE",
    })
    void decodesBirthDateAndSexByCenturyDigit(String value, LocalDate birthDate, Sex sex) {
        Iin iin = Iin.parse(value);
        assertEquals(birthDate, iin.birthDate());
        assertEquals(sex, iin.sex());

        Iin.Check check = Iin.check(value);
        assertEquals(new Iin.Check(value, true, null, birthDate, sex), check);
    }

    @Test
    void decodesSerialAndBehavesAsValue() {
        Iin iin = Iin.parse("900101300811");
        assertEquals(81, iin.serial());
        assertEquals("900101300811", iin.toString());
        assertEquals(iin, Iin.parse(" 900101 300811 "));
        assertEquals(iin.hashCode(), Iin.parse("9001 0130 0811").hashCode());
        assertNotEquals(iin, Iin.parse("061211600012"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " 900101 300811 ",
            "900101300811\n",
            "\t900 101 300 811",
            "9 0 0 1 0 1 3 0 0 8 1 1",
            "\u00A0900101\u00A0300811\u202F",
    })
    void acceptsWhitespaceAnywhere(String input) {
        assertTrue(Iin.isValid(input));
        assertEquals("900101300811", Iin.parse(input).value());
        assertEquals("900101300811", Iin.check(input).iin());
        assertEquals(Optional.of(Iin.parse("900101300811")), Iin.tryParse(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // NOT_DIGITS: anything but ASCII digits and whitespace, including other Unicode digits
            "90010130081a | NOT_DIGITS",
            "900101-300811 | NOT_DIGITS",
            "+900101300811 | NOT_DIGITS",
            "\uFF19\uFF10\uFF10101300811 | NOT_DIGITS",
            "abc | NOT_DIGITS",
            // LENGTH
            "90010130081 | LENGTH",
            "9001013008111 | LENGTH",
            "'' | LENGTH",
            "'   ' | LENGTH",
            // CENTURY_SEX: digit 7 must be 1..6
            "900101000811 | CENTURY_SEX",
            "900101700811 | CENTURY_SEX",
            "900101800811 | CENTURY_SEX",
            "900101900811 | CENTURY_SEX",
            // DATE
            "901301300811 | DATE",
            "900001300811 | DATE",
            "900100300811 | DATE",
            "900431300811 | DATE",
            "900132300811 | DATE",
            // CHECK_DIGIT
            "900101300812 | CHECK_DIGIT",
            "900101300810 | CHECK_DIGIT",
            // precedence: a non-digit beats a wrong length, length beats century, century beats
            // date, date beats check digit
            "1x | NOT_DIGITS",
            "99999900081 | LENGTH",
            "991399000000 | CENTURY_SEX",
            "991399300000 | DATE",
    })
    void reportsReason(String input, IinInvalidReason reason) {
        assertEquals(reason, Iin.validate(input));
        assertFalse(Iin.isValid(input));
        assertEquals(reason, Iin.check(input).reason());
        assertFalse(Iin.check(input).valid());
        assertEquals(Optional.empty(), Iin.tryParse(input));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iin.parse(input));
        assertTrue(e.getMessage().contains(reason.name()));
        assertEquals(reason, Reference.evaluate(input).reason(), "reference agrees on the example");
    }

    @Test
    void invalidResultStillDecodesWhatItCan() {
        assertEquals(new Iin.Check("900101300812", false, IinInvalidReason.CHECK_DIGIT,
                LocalDate.of(1990, 1, 1), Sex.MALE), Iin.check("900101 300812"));
        assertEquals(new Iin.Check("900230400812", false, IinInvalidReason.DATE, null, Sex.FEMALE),
                Iin.check("900230400812"));
        assertEquals(new Iin.Check("900101900812", false, IinInvalidReason.CENTURY_SEX, null, null),
                Iin.check("900101900812"));
        assertEquals(new Iin.Check("9001", false, IinInvalidReason.LENGTH, null, null),
                Iin.check(" 90 01 "));
        assertEquals(new Iin.Check("9001x", false, IinInvalidReason.NOT_DIGITS, null, null),
                Iin.check("9001 x"));
    }

    @ParameterizedTest
    @CsvSource({
            "000229500058, true", // 2000 is a leap year (divisible by 400)
            "000229300000, false", // 1900 is not (divisible by 100)
            "000229100000, false", // neither is 1800
            "040229100426, true", // 1804 is
            "960229300074, true", // 1996 is
            "970229300000, false", // 1997 is not
            "000230500000, false", // 30 February never exists
    })
    void validatesLeapDays(String value, boolean dateExists) {
        if (dateExists) {
            assertTrue(Iin.isValid(value));
            assertEquals(2, Iin.parse(value).birthDate().getMonthValue());
            assertEquals(29, Iin.parse(value).birthDate().getDayOfMonth());
        } else {
            assertEquals(IinInvalidReason.DATE, Iin.validate(value));
        }
    }

    @Test
    void checkDigitOfSecondPassExamples() {
        assertEquals(1, Iin.checkDigit("90010130081"));
        assertEquals(2, Iin.checkDigit("06121160001"));
        assertEquals(4, Iin.checkDigit("85031540012"));
        assertThrows(IllegalArgumentException.class, () -> Iin.checkDigit("9001013008"));
        assertThrows(IllegalArgumentException.class, () -> Iin.checkDigit("900101300811"));
        assertThrows(IllegalArgumentException.class, () -> Iin.checkDigit("9001013008 "));
    }

    @Test
    void formRoundTrips() {
        Iin iin = Iin.form(LocalDate.of(1990, 1, 1), Sex.MALE, 81).orElseThrow();
        assertEquals("900101300811", iin.value());
        assertEquals(Iin.parse("061211600012"), Iin.form(LocalDate.of(2006, 12, 11), Sex.FEMALE, 1).orElseThrow());
        assertEquals("010101100018", Iin.form(LocalDate.of(1801, 1, 1), Sex.MALE, 1).orElseThrow().value());
        assertEquals("991231200027", Iin.form(LocalDate.of(1899, 12, 31), Sex.FEMALE, 2).orElseThrow().value());
    }

    @Test
    void formRejectsWhatCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> Iin.form(LocalDate.of(1799, 12, 31), Sex.MALE, 1));
        assertThrows(IllegalArgumentException.class, () -> Iin.form(LocalDate.of(2100, 1, 1), Sex.MALE, 1));
        assertThrows(IllegalArgumentException.class, () -> Iin.form(LocalDate.of(1990, 1, 1), Sex.MALE, -1));
        assertThrows(IllegalArgumentException.class, () -> Iin.form(LocalDate.of(1990, 1, 1), Sex.MALE, 10_000));
    }

    /** The allocator relies on form() being empty exactly for serials that can never be issued. */
    @Test
    void formIsEmptyForUnusableSerials() {
        LocalDate birthDate = LocalDate.of(1990, 1, 1);
        int unusable = 0;
        for (int serial = 0; serial <= 9999; serial++) {
            String prefix = Reference.prefix(birthDate, Sex.MALE, serial);
            boolean usable = Reference.checkDigit(prefix) != null;
            Optional<Iin> formed = Iin.form(birthDate, Sex.MALE, serial);
            assertEquals(usable, formed.isPresent(), "serial " + serial);
            assertEquals(usable ? Reference.checkDigit(prefix) : Iin.NO_CHECK_DIGIT, Iin.checkDigit(prefix));
            if (!usable) {
                unusable++;
                assertEquals(10, weightedSumMod11(prefix, Reference.FIRST_WEIGHTS));
                assertEquals(10, weightedSumMod11(prefix, Reference.SECOND_WEIGHTS));
                for (char k = '0'; k <= '9'; k++) {
                    assertEquals(IinInvalidReason.CHECK_DIGIT, Iin.validate(prefix + k));
                }
            }
        }
        assertTrue(unusable > 0, "expected some unusable serials among 10,000");
    }

    /**
     * A single changed digit must make the number invalid, except where the result happens to be
     * valid again (e.g. digit 11 has weight 11 ≡ 0 in the first pass). Which changes those are is
     * decided by the reference implementation, not assumed.
     */
    @ParameterizedTest
    @ValueSource(strings = { "900101300811", "061211600012", "850315400124", "000229500058", "010101100018" })
    void singleDigitChangesAreCaughtUnlessStillValid(String valid) {
        int stillValid = 0;
        for (int position = 0; position < 12; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (valid.charAt(position) == digit) {
                    continue;
                }
                String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                Reference.Outcome expected = Reference.evaluate(changed);
                assertEquals(expected.reason(), Iin.validate(changed), changed);
                if (expected.reason() == null) {
                    stillValid++;
                }
            }
        }
        assertTrue(stillValid < 12 * 9 / 4, "most single-digit changes must be detected, still valid: " + stillValid);
    }

    @Test
    void changingTheCheckDigitAlwaysInvalidates() {
        String valid = "900101300811";
        for (char k = '0'; k <= '9'; k++) {
            String changed = valid.substring(0, 11) + k;
            assertEquals(k == '1', Iin.isValid(changed), changed);
        }
    }

    /** The bulk paths (imports, allocator, benchmark target) must not create garbage per call. */
    @Test
    void validationDoesNotAllocate() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof ThreadMXBean);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        String[] inputs = { "900101300811", " 900101 300811 ", "900101300812", "901301300811", "900101900811", "9001",
                "90a" };
        long sink = validateAll(inputs, 20_000); // class loading and JIT allocate, so warm up first
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        sink += validateAll(inputs, 100_000);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(sink > 0);
        // Even one small object per call would be several megabytes; allow only stray bytes.
        assertTrue(allocated < 100_000, "allocated " + allocated + " bytes for 300,000 calls");
    }

    private static long validateAll(String[] inputs, int rounds) {
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            String input = inputs[i % inputs.length];
            sink += Iin.isValid(input) ? 1 : 0;
            sink += Iin.validate(input) == null ? 0 : 1;
            sink += Iin.checkDigit("90010130081");
        }
        return sink;
    }

    @Test
    void nullIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> Iin.check(null));
        assertThrows(NullPointerException.class, () -> Iin.validate(null));
        assertThrows(NullPointerException.class, () -> Iin.form(null, Sex.MALE, 1));
    }

    private static int weightedSumMod11(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
