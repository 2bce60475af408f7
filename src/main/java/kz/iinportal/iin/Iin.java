package kz.iinportal.iin;

import static kz.iinportal.iin.IinDigits.appendDigits;
import static kz.iinportal.iin.IinDigits.canonical;
import static kz.iinportal.iin.IinDigits.centuryBase;
import static kz.iinportal.iin.IinDigits.centurySexDigit;
import static kz.iinportal.iin.IinDigits.digit;
import static kz.iinportal.iin.IinDigits.reasonOf;
import static kz.iinportal.iin.IinDigits.scan;
import static kz.iinportal.iin.IinDigits.sexOf;
import static kz.iinportal.iin.IinDigits.stripSeparators;
import static kz.iinportal.iin.IinDigits.twoDigits;
import static kz.iinportal.iin.IinDigits.year;

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
 * times per second. The digits are packed four bits each into a {@code long} during a single scan
 * ({@link IinDigits}, which also holds the century, date and check-digit rules).
 */
public final class Iin {

    /** Returned by {@link #checkDigit} when digits 1–11 admit no check digit (both passes give 10). */
    public static final int NO_CHECK_DIGIT = -1;

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
        if (first11Digits.length() != IinDigits.DIGITS - 1) {
            throw new IllegalArgumentException("Expected exactly 11 digits");
        }
        long packed = 0;
        for (int i = 0; i < IinDigits.DIGITS - 1; i++) {
            int d = first11Digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("Expected exactly 11 digits");
            }
            packed = (packed << 4) | d;
        }
        return IinDigits.checkDigit(packed << 4);
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
        int check = IinDigits.checkDigit(packed);
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
}
