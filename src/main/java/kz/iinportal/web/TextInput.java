package kz.iinportal.web;

import java.text.Normalizer;

/**
 * The one policy for text a person sends (form fields, query and path parameters): characters nobody can see or type
 * on purpose are removed, not refused — C0 and C1 control characters (NUL among them, which PostgreSQL cannot store),
 * DEL, bidirectional overrides and isolates (which make "ABC" display as "CBA"), zero-width spaces and joiners outside
 * words, byte-order marks and Unicode non-characters. Line breaks and tabs become a space except in multi-line fields.
 * What is left is normalised to NFC, so the same name typed on two keyboards is stored the same way. Every other rule
 * (length, script, format) is the field's own and gives a message next to the field.
 */
public final class TextInput {

    private TextInput() {
    }

    /** A single-line value as stored: line breaks and tabs become spaces. */
    public static String clean(String raw) {
        return clean(raw, false);
    }

    public static String clean(String raw, boolean multiLine) {
        if (raw == null) {
            return null;
        }
        if (isPlain(raw)) {
            return raw; // the common case: printable ASCII needs no work
        }
        StringBuilder out = new StringBuilder(raw.length());
        int length = raw.length();
        for (int i = 0; i < length;) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < length && raw.charAt(i) == '\n') {
                    continue; // CR LF is one line break
                }
                c = '\n';
            }
            if (c == '\n' || c == '\t') {
                out.append(multiLine && c == '\n' ? '\n' : ' ');
            } else if (!invisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    static boolean invisible(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) // controls, DEL
                || (c >= 0x200b && c <= 0x200f) // zero-width space, non-joiner, joiner, LRM, RLM
                || (c >= 0x202a && c <= 0x202e) // bidi embeddings and overrides
                || (c >= 0x2060 && c <= 0x2064) // word joiner, invisible operators
                || (c >= 0x2066 && c <= 0x2069) // bidi isolates
                || c == 0xfeff // byte-order mark
                || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe // non-characters
                || (c >= 0xe0000 && c <= 0xe007f) // tag characters
                || Character.getType(c) == Character.SURROGATE; // half of a pair, alone
    }
}
