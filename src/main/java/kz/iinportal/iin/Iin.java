package kz.iinportal.iin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid Kazakhstan Individual Identification Number (IIN): 12 digits {@code YYMMDD C SSSS K} where
 * {@code C} encodes century and sex (1/2 = male/female born 1800–1899, 3/4 = 1900–1999,
 * 5/6 = 2000–2099), {@code SSSS} is a serial and {@code K} the check digit.
 *
 * <p>Instances exist only for valid numbers, so holding an {@code Iin} is proof of validity. Validity
 * is purely structural: a number is never rejected because it differs from some real person's
 * birth date or sex.
 *
 * <h2>Input rules</h2>
 * Input may contain whitespace anywhere (leading, trailing, between digits), because people paste
 * numbers grouped as {@code "900101 300811"}. Whitespace is any char for which
 * {@link Character#isWhitespace} or {@link Character#isSpaceChar} holds, so no-break spaces from
 * copied documents are accepted too. Only ASCII digits count as digits: other Unicode digits are
 * rejected rather than silently transliterated.
 *
 * <h2>Precedence of reasons</h2>
 * Only the first failing check is reported, in this order:
 * <ol>
 *   <li>{@link IinInvalidReason#NOT_DIGITS} – any char other than an ASCII digit or whitespace;</li>
 *   <li>{@link IinInvalidReason#LENGTH} – the number of digits is not 12;</li>
 *   <li>{@link IinInvalidReason#CENTURY_SEX} – digit 7 is not 1–6 (the date is not looked at then,
 *       since without a century "29 February" cannot be judged);</li>
 *   <li>{@link IinInvalidReason#DATE} – digits 1–6 are not a real date in that century;</li>
 *   <li>{@link IinInvalidReason#CHECK_DIGIT} – digit 12 is wrong, or digits 1–11 admit no check
 *       digit at all.</li>
 * </ol>
 *
 * <h2>Performance</h2>
 * {@link #validate}, {@link #isValid} and {@link #checkDigit} allocate nothing and use no regex or
 * {@link LocalDate}: bulk validation (imports, the formation allocator) runs tens of millions of
 * times per second. The digits are packed four bits each into a {@code long} during a single scan.
 */
public final class Iin {

    /** Returned by {@link #checkDigit} when digits 1–11 admit no check digit (both passes give 10). */
    public static final int NO_CHECK_DIGIT = -1;

    private static final int DIGITS = 12;
    private static final int[] FIRST_PASS_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_PASS_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** Scan result for input containing a non-digit, non-whitespace char. */
    private static final long SCAN_NOT_DIGITS = -1L;
    /** Packed digits occupy the low 48 bits; the digit count (capped at 13) sits above them. */
    private static final int COUNT_SHIFT = 48;
    private static final long DIGITS_MASK = (1L << COUNT_SHIFT) - 1;

    private final String value;

    private Iin(String value) {
        this.value = value;
    }

    /**
     * Outcome of checking user input, shaped for the JSON API. {@code birthDate} and {@code sex}
     * are filled whenever the digits allow decoding them, even for invalid input (e.g. only the
     * check digit is wrong), so users see what the number would mean; otherwise they are null.
     *
     * @param iin the input with whitespace removed; the canonical 12 digits when valid
     * @param reason null exactly when {@code valid}
     */
    public record Check(String iin, boolean valid, IinInvalidReason reason, LocalDate birthDate, Sex sex) {
        public Check {
            Objects.requireNonNull(iin, "iin");
            if (valid != (reason == null)) {
                throw new IllegalArgumentException("reason must be null exactly when valid");
            }
        }
    }

    /**
     * Checks arbitrary input and explains the result. Never throws for non-null input. The returned
     * {@code iin} echoes the input, so callers should bound input length first.
     */
    public static Check check(CharSequence input) {
        long scan = scan(input);
        IinInvalidReason reason = reasonOf(scan);
        String normalized = stripSeparators(input);
        if (reason == IinInvalidReason.NOT_DIGITS
                || reason == IinInvalidReason.LENGTH
                || reason == IinInvalidReason.CENTURY_SEX) {
            return new Check(normalized, false, reason, null, null);
        }
        int centurySex = digit(scan, 6);
        LocalDate birthDate = reason == IinInvalidReason.DATE
                ? null
                : LocalDate.of(year(scan), twoDigits(scan, 2), twoDigits(scan, 4));
        return new Check(normalized, reason == null, reason, birthDate, sexOf(centurySex));
    }

    /**
     * Parses input that is expected to be valid.
     *
     * @throws IllegalArgumentException if invalid; the message names the reason but deliberately
     *     not the input, because an IIN is personal data and exception messages end up in logs
     */
    public static Iin parse(CharSequence input) {
        long scan = scan(input);
        IinInvalidReason reason = reasonOf(scan);
        if (reason != null) {
            throw new IllegalArgumentException("Invalid IIN: " + reason);
        }
        return new Iin(canonical(scan));
    }

    /** Like {@link #parse} but empty instead of throwing when invalid. */
    public static Optional<Iin> tryParse(CharSequence input) {
        long scan = scan(input);
        return reasonOf(scan) == null ? Optional.of(new Iin(canonical(scan))) : Optional.empty();
    }

    /** Allocation-free validity test. */
    public static boolean isValid(CharSequence input) {
        return reasonOf(scan(input)) == null;
    }

    /** Allocation-free validation: the first failing reason, or null when valid. */
    public static IinInvalidReason validate(CharSequence input) {
        return reasonOf(scan(input));
    }

    /**
     * The check digit for the first 11 digits of an IIN, or {@link #NO_CHECK_DIGIT} when none exists,
     * so that the allocator can skip serials that can never be issued. Does not validate date or
     * century.
     *
     * @param first11Digits exactly 11 ASCII digits, no whitespace
     * @throws IllegalArgumentException otherwise
     */
    public static int checkDigit(CharSequence first11Digits) {
        if (first11Digits.length() != DIGITS - 1) {
            throw new IllegalArgumentException("Expected exactly 11 digits");
        }
        long packed = 0;
        for (int i = 0; i < DIGITS - 1; i++) {
            int d = first11Digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("Expected exactly 11 digits");
            }
            packed = (packed << 4) | d;
        }
        return checkDigit(packed << 4);
    }

    /**
     * Forms the IIN for a birth date, sex and serial.
     *
     * @param serial digits 8–11, 0..9999
     * @return empty when this serial admits no check digit; the caller should try another serial
     * @throws IllegalArgumentException if the year is outside 1800–2099 (no century digit exists)
     *     or the serial is outside 0..9999
     */
    public static Optional<Iin> form(LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        int year = birthDate.getYear();
        if (year < 1800 || year > 2099) {
            throw new IllegalArgumentException("Birth year must be within 1800-2099");
        }
        if (serial < 0 || serial > 9999) {
            throw new IllegalArgumentException("Serial must be within 0..9999");
        }
        int centurySex = centurySexDigit(year, sex);
        long packed = 0;
        packed = appendDigits(packed, year % 100, 2);
        packed = appendDigits(packed, birthDate.getMonthValue(), 2);
        packed = appendDigits(packed, birthDate.getDayOfMonth(), 2);
        packed = appendDigits(packed, centurySex, 1);
        packed = appendDigits(packed, serial, 4);
        packed = packed << 4;
        int check = checkDigit(packed);
        if (check == NO_CHECK_DIGIT) {
            return Optional.empty();
        }
        return Optional.of(new Iin(canonical(packed | check)));
    }

    /** The canonical 12 digits. */
    public String value() {
        return value;
    }

    /** Built on demand so that validation never pays for a {@link LocalDate}. */
    public LocalDate birthDate() {
        int year = centuryBase(charDigit(6)) + charDigit(0) * 10 + charDigit(1);
        return LocalDate.of(year, charDigit(2) * 10 + charDigit(3), charDigit(4) * 10 + charDigit(5));
    }

    public Sex sex() {
        return sexOf(charDigit(6));
    }

    /** Digits 8–11. */
    public int serial() {
        return Integer.parseInt(value, 7, 11, 10);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iin other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private int charDigit(int index) {
        return value.charAt(index) - '0';
    }

    /**
     * Single pass over the input: packs the digits 4 bits each, first digit most significant, and
     * records how many there were (capped), or returns {@link #SCAN_NOT_DIGITS}. With more than 12
     * digits the leading ones fall off, which is harmless because that input fails on length.
     */
    private static long scan(CharSequence input) {
        long packed = 0;
        int count = 0;
        for (int i = 0, n = input.length(); i < n; i++) {
            char c = input.charAt(i);
            int d = c - '0';
            if (d >= 0 && d <= 9) {
                packed = (packed << 4) | d;
                count++;
            } else if (!isSeparator(c)) {
                return SCAN_NOT_DIGITS;
            }
        }
        return ((long) Math.min(count, DIGITS + 1) << COUNT_SHIFT) | (packed & DIGITS_MASK);
    }

    private static IinInvalidReason reasonOf(long scan) {
        if (scan == SCAN_NOT_DIGITS) {
            return IinInvalidReason.NOT_DIGITS;
        }
        if (scan >>> COUNT_SHIFT != DIGITS) {
            return IinInvalidReason.LENGTH;
        }
        int centurySex = digit(scan, 6);
        if (centurySex < 1 || centurySex > 6) {
            return IinInvalidReason.CENTURY_SEX;
        }
        if (!isDate(year(scan), twoDigits(scan, 2), twoDigits(scan, 4))) {
            return IinInvalidReason.DATE;
        }
        if (checkDigit(scan) != digit(scan, 11)) {
            return IinInvalidReason.CHECK_DIGIT;
        }
        return null;
    }

    /** Check digit for the first 11 packed digits (digit 12 is ignored). */
    private static int checkDigit(long packed) {
        int sum = weightedSumMod11(packed, FIRST_PASS_WEIGHTS);
        if (sum == 10) {
            sum = weightedSumMod11(packed, SECOND_PASS_WEIGHTS);
            if (sum == 10) {
                return NO_CHECK_DIGIT;
            }
        }
        return sum;
    }

    private static int weightedSumMod11(long packed, int[] weights) {
        int sum = 0;
        for (int i = 0; i < DIGITS - 1; i++) {
            sum += digit(packed, i) * weights[i];
        }
        return sum % 11;
    }

    /** Digit at 0-based {@code index} of 12 packed digits. */
    private static int digit(long packed, int index) {
        return (int) (packed >>> (4 * (DIGITS - 1 - index))) & 0xF;
    }

    private static int twoDigits(long packed, int index) {
        return digit(packed, index) * 10 + digit(packed, index + 1);
    }

    private static int year(long packed) {
        return centuryBase(digit(packed, 6)) + twoDigits(packed, 0);
    }

    /** Digit 7: 1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s; odd for men. */
    static int centurySexDigit(int year, Sex sex) {
        return (year - 1800) / 100 * 2 + (sex == Sex.MALE ? 1 : 2);
    }

    private static int centuryBase(int centurySex) {
        return 1800 + (centurySex - 1) / 2 * 100;
    }

    private static Sex sexOf(int centurySex) {
        return (centurySex & 1) == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Arithmetic Gregorian date check, so the hot path needs no {@link LocalDate}. */
    private static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int daysInMonth = switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= daysInMonth;
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static long appendDigits(long packed, int value, int width) {
        long digits = 0;
        for (int i = 0; i < width; i++, value /= 10) {
            digits |= (long) (value % 10) << (4 * i);
        }
        return (packed << (4 * width)) | digits;
    }

    private static String canonical(long packed) {
        char[] chars = new char[DIGITS];
        for (int i = 0; i < DIGITS; i++) {
            chars[i] = (char) ('0' + digit(packed, i));
        }
        return new String(chars);
    }

    private static String stripSeparators(CharSequence input) {
        StringBuilder sb = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!isSeparator(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
