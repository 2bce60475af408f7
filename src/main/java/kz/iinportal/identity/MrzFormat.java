package kz.iinportal.identity;

/** The sizes of machine-readable zone ICAO Doc 9303 defines for identity documents, by lines × characters. */
public enum MrzFormat {
    /** Identity cards and residence permits, credit-card size (Doc 9303 part 5). */
    TD1(3, 30),
    /** Identity documents of the older, larger card size (part 6). */
    TD2(2, 36),
    /** Passports (part 4). */
    TD3(2, 44);

    public final int lines;
    public final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    static MrzFormat of(int lines, int length) {
        for (MrzFormat f : values()) {
            if (f.lines == lines && f.length == length) {
                return f;
            }
        }
        return null;
    }
}
