package kz.iinportal.identity;

/** ICAO Doc 9303's specimen zones (part 4: TD3, part 5: TD1, part 6: TD2) and a way to build others. */
public final class Specimens {

    public static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    public static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
            + "7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    public static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
            + "D231458907UTO7408122F1204159<<<<<<<6";

    private Specimens() {
    }

    /**
     * A TD3 passport zone with correct check digits: name as in the zone ({@code FAMILY<<GIVEN<NAMES}), number up to
     * 9 characters, dates {@code YYMMDD}, sex {@code M}/{@code F}/{@code <}.
     */
    public static String passport(String state, String name, String number, String nationality, String birth,
            char sex, String expiry, String personalNumber) {
        String line1 = pad("P<" + state + name, 44);
        String num = pad(number, 9);
        String optional = pad(personalNumber, 14);
        String line2 = num + Mrz.checkDigit(num) + nationality + birth + Mrz.checkDigit(birth) + sex + expiry
                + Mrz.checkDigit(expiry) + optional + (personalNumber.isEmpty() ? "<" : Mrz.checkDigit(optional));
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return line1 + "\n" + line2 + Mrz.checkDigit(composite);
    }

    public static String pad(String field, int length) {
        String padded = field + "<".repeat(Math.max(0, length - field.length()));
        return padded.substring(0, length);
    }
}
