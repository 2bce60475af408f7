package kz.iinportal.iin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Compares {@link Iin} against {@link Reference}, a deliberately naive re-implementation of the
 * specification. The two share no code, so a bug would have to be made twice to go unnoticed.
 */
class IinPropertiesTest {

    private static final int BATCH = 1_000;
    private static final int BATCHES = 1_000;
    private static final int STATISTICS_SAMPLE = 20;

    /**
     * One million 12-digit strings in total: 1,000 tries of 1,000 strings each, because jqwik's
     * per-try and per-value overhead would make a million tries take many seconds. Outcome statistics
     * are collected for a sample of each batch for the same reason.
     */
    @Property(tries = BATCHES)
    void agreesWithReferenceOnTwelveDigitStrings(@ForAll("twelveDigitBatches") List<String> batch) {
        for (int i = 0; i < batch.size(); i++) {
            String input = batch.get(i);
            Reference.Outcome expected = Reference.evaluate(input);
            if (i < STATISTICS_SAMPLE) {
                Statistics.label("reference outcome (sample)")
                        .collect(expected.reason() == null ? "VALID" : expected.reason().name());
            }
            assertAgrees(input, expected);
        }
    }

    /** Arbitrary Unicode, plus digit/whitespace soup that stresses normalisation and precedence. */
    @Property(tries = 3_000)
    void neverThrowsAndAgreesWithReferenceOnAnyString(@ForAll("anyInput") String input) {
        Reference.Outcome expected = Reference.evaluate(input);
        Statistics.label("reference outcome")
                .collect(expected.reason() == null ? "VALID" : expected.reason().name());
        assertAgrees(input, expected);

        boolean parsed;
        try {
            parsed = Iin.parse(input) != null;
        } catch (IllegalArgumentException expectedForInvalid) {
            parsed = false;
        }
        assertEquals(expected.reason() == null, parsed, () -> "parse of <" + input + ">");
        assertEquals(parsed, Iin.tryParse(input).isPresent());
    }

    @Property(tries = 2_000)
    void formRoundTripsAndSkipsExactlyTheUnusableSerials(
            @ForAll("birthDates") LocalDate birthDate,
            @ForAll Sex sex,
            @ForAll @IntRange(max = 9999) int serial) {
        Optional<Iin> formed = Iin.form(birthDate, sex, serial);

        String prefix = Reference.prefix(birthDate, sex, serial);
        Integer check = Reference.checkDigit(prefix);
        Statistics.collect(check == null ? "unusable serial" : "formed");
        if (check == null) {
            assertFalse(formed.isPresent());
            assertEquals(Iin.NO_CHECK_DIGIT, Iin.checkDigit(prefix));
            return;
        }
        assertTrue(formed.isPresent());
        Iin iin = formed.get();
        assertEquals(prefix + check, iin.value());
        assertEquals(birthDate, iin.birthDate());
        assertEquals(sex, iin.sex());
        assertEquals(serial, iin.serial());
        assertEquals(check, Iin.checkDigit(prefix));
        assertNull(Reference.evaluate(iin.value()).reason());
    }

    private static void assertAgrees(String input, Reference.Outcome expected) {
        Iin.Check actual = Iin.check(input);
        Supplier<String> where = () -> "input <" + input + ">";
        assertEquals(expected, new Reference.Outcome(actual.reason(), actual.birthDate(), actual.sex()), where);
        assertEquals(expected.reason() == null, actual.valid(), where);
        assertEquals(Reference.strip(input), actual.iin(), where);
        assertEquals(expected.reason(), Iin.validate(input), where);
        assertEquals(expected.reason() == null, Iin.isValid(input), where);
    }

    /**
     * Built from {@link Random} in plain code rather than by combining arbitraries, because jqwik
     * spends microseconds per generated value and we need a million. Batches do not shrink, but a
     * failure names the offending input and jqwik's seed reproduces the batch.
     */
    @Provide
    Arbitrary<List<String>> twelveDigitBatches() {
        return Arbitraries
                .randomValue(random -> Stream.generate(() -> biasedTwelveDigits(random)).limit(BATCH).toList());
    }

    /** Random digits are almost never valid, so most values get plausible dates and digit 7. */
    private static String biasedTwelveDigits(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return pad(random.nextInt(1_000_000), 6) + pad(random.nextInt(1_000_000), 6);
        }
        int month = random.nextInt(10) == 0 ? random.nextInt(100) : 1 + random.nextInt(12);
        int day = switch (random.nextInt(10)) {
            case 0 -> random.nextInt(100);
            case 1, 2, 3 -> 28 + random.nextInt(4); // month ends and leap days
            default -> 1 + random.nextInt(31);
        };
        int centurySex = random.nextInt(10) == 0 ? random.nextInt(10) : 1 + random.nextInt(6);
        String prefix = pad(random.nextInt(100), 2) + pad(month, 2) + pad(day, 2) + centurySex
                + pad(random.nextInt(10_000), 4);
        if (kind <= 4) {
            return prefix + random.nextInt(10);
        }
        // Fixing the check digit with the reference only steers the distribution towards valid
        // numbers; the assertion still compares Iin with the reference on every field.
        Integer check = Reference.checkDigit(prefix);
        return prefix + (check == null ? random.nextInt(10) : check);
    }

    @Provide
    Arbitrary<String> anyInput() {
        Arbitrary<String> soup = Arbitraries.strings()
                .withChars("0123456789")
                .withChars(" \t\n\u00A0\u2007\u202F\u3000")
                .withChars("-+aZ\u0660\uFF11\u0000")
                .ofMaxLength(20);
        Arbitrary<String> spacedDigits = Combinators
                .combine(Arbitraries.randomValue(IinPropertiesTest::biasedTwelveDigits),
                        Arbitraries.strings().withChars(" \t\u00A0").ofMaxLength(3),
                        Arbitraries.integers().between(0, 12))
                .as((digits, space, at) -> space + digits.substring(0, at) + space + digits.substring(at) + space);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(3, soup),
                Tuple.of(4, spacedDigits));
    }

    @Provide
    Arbitrary<LocalDate> birthDates() {
        long first = LocalDate.of(1800, 1, 1).toEpochDay();
        long last = LocalDate.of(2099, 12, 31).toEpochDay();
        return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
    }

    private static String pad(int value, int width) {
        char[] digits = new char[width];
        for (int i = width - 1; i >= 0; i--, value /= 10) {
            digits[i] = (char) ('0' + value % 10);
        }
        return new String(digits);
    }

    /**
     * The specification written as plainly as possible: strings, {@link LocalDate} in try/catch,
     * explicit weight tables. Slow on purpose; shares nothing with {@link Iin}.
     */
    static final class Reference {

        static final int[] FIRST_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
        static final int[] SECOND_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

        record Outcome(IinInvalidReason reason, LocalDate birthDate, Sex sex) {
        }

        static Outcome evaluate(String input) {
            String s = strip(input);
            for (char c : s.toCharArray()) {
                if (c < '0' || c > '9') {
                    return new Outcome(IinInvalidReason.NOT_DIGITS, null, null);
                }
            }
            if (s.length() != 12) {
                return new Outcome(IinInvalidReason.LENGTH, null, null);
            }
            int century;
            Sex sex;
            switch (s.charAt(6)) {
                case '1' -> { century = 1800; sex = Sex.MALE; }
                case '2' -> { century = 1800; sex = Sex.FEMALE; }
                case '3' -> { century = 1900; sex = Sex.MALE; }
                case '4' -> { century = 1900; sex = Sex.FEMALE; }
                case '5' -> { century = 2000; sex = Sex.MALE; }
                case '6' -> { century = 2000; sex = Sex.FEMALE; }
                default -> {
                    return new Outcome(IinInvalidReason.CENTURY_SEX, null, null);
                }
            }
            LocalDate birthDate = date(century + Integer.parseInt(s.substring(0, 2)),
                    Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
            if (birthDate == null) {
                return new Outcome(IinInvalidReason.DATE, null, sex);
            }
            Integer check = checkDigit(s.substring(0, 11));
            if (check == null || check != s.charAt(11) - '0') {
                return new Outcome(IinInvalidReason.CHECK_DIGIT, birthDate, sex);
            }
            return new Outcome(null, birthDate, sex);
        }

        /**
         * Null when not a date. Months and days outside any month's range are refused before asking
         * {@link LocalDate} only because an exception thrown deep inside jqwik's call stack costs
         * microseconds, and this runs a million times.
         */
        static LocalDate date(int year, int month, int day) {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** Null when both passes give 10, i.e. no check digit exists. */
        static Integer checkDigit(String first11) {
            int sum = weightedSum(first11, FIRST_WEIGHTS) % 11;
            if (sum == 10) {
                sum = weightedSum(first11, SECOND_WEIGHTS) % 11;
            }
            return sum == 10 ? null : sum;
        }

        /** The first 11 digits for a person, built with string formatting. */
        static String prefix(LocalDate birthDate, Sex sex, int serial) {
            int centuryIndex = birthDate.getYear() / 100 - 18;
            int centurySex = 2 * centuryIndex + (sex == Sex.MALE ? 1 : 2);
            return String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100,
                    birthDate.getMonthValue(), birthDate.getDayOfMonth(), centurySex, serial);
        }

        static String strip(String input) {
            StringBuilder sb = new StringBuilder();
            for (char c : input.toCharArray()) {
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static int weightedSum(String digits, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            return sum;
        }
    }
}
