package kz.iinportal.web;

/** Reference data is stored with one column per language; this picks the column for the chosen language. */
public final class Localized {

    private Localized() {
    }

    public static String pick(String language, String en, String ru, String kk) {
        if ("kk".equals(language)) {
            return kk;
        }
        if ("ru".equals(language)) {
            return ru;
        }
        return en;
    }
}
