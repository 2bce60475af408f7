package kz.iinportal.iin;

/**
 * Machine-readable reason why a string is not a valid IIN. The constants are part of the JSON API,
 * so they must not be renamed.
 *
 * <p>Only the first failing check is reported; the precedence is the declaration order below
 * (see {@link Iin#check(CharSequence)}).
 */
public enum IinInvalidReason {
    /** Contains a character that is neither an ASCII digit nor whitespace. */
    NOT_DIGITS,
    /** Only digits and whitespace, but not exactly 12 digits. */
    LENGTH,
    /** Digit 7 is not 1–6, so neither century nor sex can be decoded. */
    CENTURY_SEX,
    /** Digits 1–6 are not a calendar date (YYMMDD) in the century given by digit 7. */
    DATE,
    /** Digit 12 does not match the checksum, or no check digit exists for digits 1–11. */
    CHECK_DIGIT
}
