package kz.iinportal.web;

/**
 * The small conversions every form needs: a value as typed for showing it again, a trimmed answer, an enum constant
 * by its name. Nothing here throws for bad input; the forms' own rules decide what an unknown value means.
 */
public final class FormValues {

    private FormValues() {
    }

    /** A typed value to show again in its field ("" for none). */
    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A stored value as its field shows it: an enum by its name, a date as yyyy-mm-dd, "" for none. */
    public static String orEmpty(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** The answer without surrounding white space, null when nothing was typed. */
    public static String trim(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    /** The constant of {@code type} named exactly {@code name}, null when there is none. */
    public static <E extends Enum<E>> E named(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
