package kz.iinportal.iin;

/**
 * An IIN as shown where a wrong recipient must not learn it: the last four digits only. The refusal on ground 3 tells
 * the applicant that they already have an IIN, which they can recognise by its end; the whole number, if the match
 * was wrong, would be a stranger's.
 */
public final class IinMask {

    private IinMask() {
    }

    /** "********0017" for "811104300017"; null stays null. */
    public static String of(String iin) {
        if (iin == null) {
            return null;
        }
        String digits = iin.strip();
        int shown = Math.min(4, digits.length());
        return "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
    }
}
