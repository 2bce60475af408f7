package kz.iinportal.complaint;

import java.security.SecureRandom;

import kz.iinportal.application.ReferenceNumber;

/**
 * Complaint references, e.g. {@code KZA-7HQ4-M2XP-9C}: like an application's reference (ten random characters from
 * the alphabet without look-alikes and a Luhn mod 30 check character), with a prefix of its own so that a complaint
 * and the case it is about are never mistaken for each other when read out on the phone.
 */
public final class ComplaintReference {

    static final String PREFIX = "KZA";
    private static final int RANDOM_CHARS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ComplaintReference() {
    }

    public static String next() {
        StringBuilder body = new StringBuilder(RANDOM_CHARS + 1);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            body.append(ReferenceNumber.ALPHABET.charAt(RANDOM.nextInt(ReferenceNumber.ALPHABET.length())));
        }
        body.append(ReferenceNumber.checkCharacter(body));
        return PREFIX + "-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8);
    }

    /** Whether the text is a reference this class could have given (format and check character). */
    public static boolean isValid(String text) {
        if (text == null || !text.matches(PREFIX + "-[" + ReferenceNumber.ALPHABET + "]{4}-["
                + ReferenceNumber.ALPHABET + "]{4}-[" + ReferenceNumber.ALPHABET + "]{3}")) {
            return false;
        }
        String compact = text.substring(PREFIX.length()).replace("-", "");
        return ReferenceNumber.checkCharacter(compact.substring(0, RANDOM_CHARS)) == compact.charAt(RANDOM_CHARS);
    }
}
