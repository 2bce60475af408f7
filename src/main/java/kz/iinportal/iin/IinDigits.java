package kz.iinportal.iin;

/**
 * The 12 digits of an IIN packed four bits each into a {@code long}, first digit most significant, and the rules that
 * make such digits an IIN: the century and sex digit, a real date, the check digit. Everything here is arithmetic on
 * the packed form, so validation allocates nothing and needs no {@link java.time.LocalDate}; {@link Iin} is the value
 * type built on it.
 */
final class IinDigits {

    static final int DIGITS = 12;

    /** Scan result for input containing a non-digit, non-whitespace char. */
    static final long NOT_DIGITS = -1L;
    /** Packed digits occupy the low 48 bits; the digit count (capped at 13) sits above them. */
    private static final int COUNT_SHIFT = 48;
    private static final long DIGITS_MASK = (1L << COUNT_SHIFT) - 1;

    private static final int[] FIRST_PASS_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    private static final int[] SECOND_PASS_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

    private IinDigits() {
    }

    /**
     * Single pass over the input: packs the digits 4 bits each, first digit most significant, and records how many
     * there were (capped), or returns {@link #NOT_DIGITS}. With more than 12 digits the leading ones fall off, which
     * is harmless because that input fails on length.
     */
    static long scan(CharSequence input) {
        long packed = 0;
        int count = 0;
        for (int i = 0, n = input.length(); i < n; i++) {
            char c = input.charAt(i);
            int d = c - '0';
            if (d >= 0 && d <= 9) {
                packed = (packed << 4) | d;
                count++;
            } else if (!isSeparator(c)) {
                return NOT_DIGITS;
            }
        }
        return ((long) Math.min(count, DIGITS + 1) << COUNT_SHIFT) | (packed & DIGITS_MASK);
    }

    /** The first failing check of a scan, in the order {@link Iin} documents; null when the digits are an IIN. */
    static IinInvalidReason reasonOf(long scan) {
        if (scan == NOT_DIGITS) {
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

    /** Check digit for the first 11 packed digits (digit 12 is ignored), or {@link Iin#NO_CHECK_DIGIT}. */
    static int checkDigit(long packed) {
        int sum = weightedSumMod11(packed, FIRST_PASS_WEIGHTS);
        if (sum == 10) {
            sum = weightedSumMod11(packed, SECOND_PASS_WEIGHTS);
            if (sum == 10) {
                return Iin.NO_CHECK_DIGIT;
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
    static int digit(long packed, int index) {
        return (int) (packed >>> (4 * (DIGITS - 1 - index))) & 0xF;
    }

    static int twoDigits(long packed, int index) {
        return digit(packed, index) * 10 + digit(packed, index + 1);
    }

    static int year(long packed) {
        return centuryBase(digit(packed, 6)) + twoDigits(packed, 0);
    }

    /** Digit 7: 1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s; odd for men. */
    static int centurySexDigit(int year, Sex sex) {
        return (year - 1800) / 100 * 2 + (sex == Sex.MALE ? 1 : 2);
    }

    static int centuryBase(int centurySex) {
        return 1800 + (centurySex - 1) / 2 * 100;
    }

    static Sex sexOf(int centurySex) {
        return (centurySex & 1) == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Arithmetic Gregorian date check, so the hot path needs no {@link java.time.LocalDate}. */
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

    static boolean isSeparator(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Appends {@code width} decimal digits of {@code value} (leading zeros kept) to the packed digits. */
    static long appendDigits(long packed, int value, int width) {
        long digits = 0;
        for (int i = 0; i < width; i++, value /= 10) {
            digits |= (long) (value % 10) << (4 * i);
        }
        return (packed << (4 * width)) | digits;
    }

    static String canonical(long packed) {
        char[] chars = new char[DIGITS];
        for (int i = 0; i < DIGITS; i++) {
            chars[i] = (char) ('0' + digit(packed, i));
        }
        return new String(chars);
    }

    static String stripSeparators(CharSequence input) {
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
