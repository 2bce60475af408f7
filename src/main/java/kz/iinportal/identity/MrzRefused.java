package kz.iinportal.identity;

/**
 * The text is not a machine-readable zone at all (as opposed to a zone whose check digits fail, which is read and
 * reported). {@link #line} and {@link #detail} say where: the 1-based line, and the character's 1-based position,
 * the line's length or the number of lines, depending on the reason.
 */
public class MrzRefused extends Exception {

    public enum Reason {
        /** Nothing but white space. */
        EMPTY,
        /** Longer than any zone could be, even with the white space people paste around it. */
        TOO_LONG,
        /** Not 2 or 3 lines; detail: how many. */
        LINE_COUNT,
        /** Lines of a length no format has, or of different lengths; detail: that line's length. */
        LINE_LENGTH,
        /** A character outside A–Z, 0–9 and {@code <}; detail: its position. */
        CHARACTERS,
        /** The first line does not start with a document code of the format (lines swapped, or a stray line). */
        DOCUMENT_CODE,
        /** A visa's zone (code V): not an identity document. */
        VISA
    }

    public final Reason reason;
    public final int line;
    public final int detail;

    MrzRefused(Reason reason, int line, int detail) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.line = line;
        this.detail = detail;
    }
}
