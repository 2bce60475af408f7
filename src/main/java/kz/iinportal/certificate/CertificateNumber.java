package kz.iinportal.certificate;

import java.util.Locale;

import kz.iinportal.application.ReferenceNumber;

/**
 * Certificate numbers, e.g. {@code KZC-7HQ4-M2XP-9CKR}: eleven random characters (54 bits, so the public verification
 * page cannot be walked through) and a check character, in the alphabet and Luhn mod 30 scheme of application
 * references, so a mistyped number is answered "check the number" instead of being looked up.
 */
public final class CertificateNumber {

    private static final String PREFIX = "KZC";
    private static final int RANDOM_CHARS = 11;

    private CertificateNumber() {
    }

    public static String next() {
        return format(ReferenceNumber.randomWithCheck(RANDOM_CHARS));
    }

    /** The canonical form of what a person typed (case, spaces, dashes and the prefix optional), or null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String compact = text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        if (compact.length() == PREFIX.length() + RANDOM_CHARS + 1 && compact.startsWith(PREFIX)) {
            compact = compact.substring(PREFIX.length());
        }
        return ReferenceNumber.checks(compact, RANDOM_CHARS) ? format(compact) : null;
    }

    private static String format(String compact) {
        return PREFIX + "-" + compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }
}
