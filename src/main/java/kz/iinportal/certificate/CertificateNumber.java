package kz.iinportal.certificate;

import java.security.SecureRandom;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumber() {
    }

    public static String next() {
        StringBuilder body = new StringBuilder(RANDOM_CHARS);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            body.append(ReferenceNumber.ALPHABET.charAt(RANDOM.nextInt(ReferenceNumber.ALPHABET.length())));
        }
        return format(body.toString() + ReferenceNumber.checkCharacter(body));
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
        if (compact.length() != RANDOM_CHARS + 1) {
            return null;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (ReferenceNumber.ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return null;
            }
        }
        boolean checks = ReferenceNumber.checkCharacter(compact.substring(0, RANDOM_CHARS)) == compact
                .charAt(RANDOM_CHARS);
        return checks ? format(compact) : null;
    }

    private static String format(String compact) {
        return PREFIX + "-" + compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }
}
