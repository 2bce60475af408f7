package kz.iinportal.matching;

import java.util.Locale;

/**
 * An identity document number reduced to what tells documents apart: case, spaces, hyphens and other punctuation do
 * not count, nor the letters read or typed for digits (O for 0, I for 1). The database's {@code document_key()} (V19)
 * does the same for its indexes.
 */
public final class DocumentKey {

    private DocumentKey() {
    }

    public static String of(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(number.length());
        for (char c : number.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == 'O') {
                key.append('0');
            } else if (c == 'I') {
                key.append('1');
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
