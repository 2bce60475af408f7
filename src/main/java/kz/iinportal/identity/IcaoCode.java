package kz.iinportal.identity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A state or nationality as a machine-readable zone writes it (ICAO Doc 9303 part 3: mostly ISO 3166-1 alpha-3),
 * with the ISO 3166-1 alpha-2 country the portal stores ({@code citizenship}, {@code documentCountry}), when there is
 * one. How the portal stores the codes that are no country: {@code XXA} (stateless) is the citizenship answer
 * "stateless person"; {@code XXB}/{@code XXC} (refugees) and {@code XXX} (unspecified) name no citizenship, so the
 * person chooses one (or stateless) themselves; {@code UTO} is ICAO's imaginary state of the specimens (Utopia) and
 * fills no country; organisations (UN, EU, Interpol…) and Kosovo ({@code RKS}, not in ISO 3166) fill none either.
 *
 * @param code    the code as in the zone, fillers removed ({@code D} for Germany)
 * @param country the ISO 3166-1 alpha-2 code, or null when the code names no ISO country
 */
public record IcaoCode(String code, String country, Kind kind) {

    public enum Kind {
        COUNTRY, STATELESS, REFUGEE, UNSPECIFIED, SPECIMEN, ORGANISATION, UNKNOWN
    }

    private static final Map<String, String> ALPHA3 = new HashMap<>();
    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        // Doc 9303's own codes for Germany and for the kinds of British nationality
        ALPHA3.put("D", "DE");
        for (String british : new String[] { "GBD", "GBN", "GBO", "GBP", "GBS" }) {
            ALPHA3.put(british, "GB");
        }
    }

    private static final Set<String> ORGANISATIONS = Set.of("EUE", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE",
            "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC", "RKS");

    /** The code of a zone's three-character field, trailing fillers removed. */
    public static IcaoCode of(String field) {
        String code = field.replaceAll("<+$", "");
        String country = ALPHA3.get(code);
        if (country != null) {
            return new IcaoCode(code, country, Kind.COUNTRY);
        }
        Kind kind = switch (code) {
            case "XXA" -> Kind.STATELESS;
            case "XXB", "XXC" -> Kind.REFUGEE;
            case "XXX" -> Kind.UNSPECIFIED;
            case "UTO" -> Kind.SPECIMEN;
            default -> ORGANISATIONS.contains(code) ? Kind.ORGANISATION : Kind.UNKNOWN;
        };
        return new IcaoCode(code, null, kind);
    }
}
