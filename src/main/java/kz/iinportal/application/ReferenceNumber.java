package kz.iinportal.application;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Reference numbers of submitted applications, e.g. {@code KZ-7HQ4-M2XP-9C}: ten random characters (49 bits, not
 * guessable, not sequential) from an alphabet without look-alikes (no 0/O, 1/I/L, U), grouped for reading aloud, and
 * a check character (Luhn mod 30) that catches every single-character typo and most swaps of neighbours.
 */
public final class ReferenceNumber {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int N = ALPHABET.length();
    private static final int RANDOM_CHARS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumber() {
    }

    public static String next() {
        return format(randomWithCheck(RANDOM_CHARS));
    }

    /** Whether the text is a well-formed reference with the right check character (case, spaces, dashes ignored). */
    public static boolean isValid(String text) {
        return checks(compact(text), RANDOM_CHARS);
    }

    /** {@code chars} random characters of the alphabet and their check character; certificate numbers use it too. */
    public static String randomWithCheck(int chars) {
        StringBuilder body = new StringBuilder(chars + 1);
        for (int i = 0; i < chars; i++) {
            body.append(ALPHABET.charAt(RANDOM.nextInt(N)));
        }
        return body.append(checkCharacter(body)).toString();
    }

    /** Whether {@code compact} is {@code chars} characters of the alphabet followed by their check character. */
    public static boolean checks(String compact, int chars) {
        if (compact == null || compact.length() != chars + 1) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(compact.substring(0, chars)) == compact.charAt(chars);
    }

    /** The canonical form of what a person typed, or null when it cannot be a reference. */
    public static String normalize(String text) {
        return isValid(text) ? format(compact(text)) : null;
    }

    private static String compact(String text) {
        if (text == null) {
            return null;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        return upper.startsWith("KZ") ? upper.substring(2) : upper;
    }

    private static String format(String compact) {
        return "KZ-" + compact.substring(0, 4) + "-" + compact.substring(4, 8) + "-" + compact.substring(8);
    }

    /** Luhn mod N: doubles every second code point from the right, sums digits in base N. */
    public static char checkCharacter(CharSequence body) {
        int factor = 2;
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / N + addend % N;
        }
        return ALPHABET.charAt((N - sum % N) % N);
    }
}
