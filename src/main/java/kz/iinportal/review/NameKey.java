package kz.iinportal.review;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A person's names reduced to what identifies them when looking for the same person twice: case, spaces, hyphens,
 * apostrophes and other punctuation, and diacritics do not count. "O'Brien-Smith", "obrien smith" and
 * "ÓBRIEN SMITH" have the same key. Letters that carry their mark inside the letter and so do not decompose
 * (ø, ł, đ, ı, ß …) are mapped to their usual Latin transliteration. Family name and given names are kept apart:
 * swapping them is not the same name.
 */
public record NameKey(String familyName, String givenNames, LocalDate birthDate) {

    /** The key of a person's names and birth date; null parts count as empty. */
    public static NameKey of(String familyName, String givenNames, LocalDate birthDate) {
        return new NameKey(normalise(familyName), normalise(givenNames), birthDate);
    }

    /**
     * Whether two persons have the same names and birth date. A key without a family name, given names or birth date
     * (e.g. a draft's, or a name of punctuation only) matches nothing, not even itself.
     */
    public boolean matches(NameKey other) {
        return complete() && other != null && other.complete() && familyName.equals(other.familyName)
                && givenNames.equals(other.givenNames) && birthDate.equals(other.birthDate);
    }

    public boolean complete() {
        return !familyName.isEmpty() && !givenNames.isEmpty() && birthDate != null;
    }

    /** One name reduced to lower-case base letters and digits; "" for null. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length();) {
            int original = decomposed.codePointAt(i);
            i += Character.charCount(original);
            int c = Character.toLowerCase(original);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.MODIFIER_LETTER) {
                continue; // diacritics, and modifier letters such as ʼ ʻ ʹ used as apostrophes
            }
            String letter = transliterated(c);
            if (letter != null) {
                key.append(letter);
            } else if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
            }
            // anything else (spaces, hyphens and dashes, apostrophes and quotes, dots) does not count
        }
        return key.toString();
    }

    /** Most names (those of the passports' machine-readable zone) need no Unicode normalisation. */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case letters with a stroke, bar or ligature that Unicode does not decompose. */
    private static String transliterated(int c) {
        return switch (c) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            case 'ı' -> "i";
            case 'ƀ' -> "b";
            case 'ɨ' -> "i";
            case 'ʉ' -> "u";
            case 'ƶ' -> "z";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            case 'ĸ' -> "k";
            case 'ŋ' -> "n";
            default -> null;
        };
    }
}
