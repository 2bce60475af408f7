package kz.iinportal.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 countries with names in the chosen language, from the JDK's CLDR data (no list of our own to keep). */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public record Country(String code, String name) {
    }

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, String language) {
        return new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language));
    }

    public static List<Country> all(String language) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
        return Arrays.stream(Locale.getISOCountries()).filter(c -> !"KZ".equals(c))
                .map(c -> new Country(c, name(c, language)))
                .sorted((a, b) -> collator.compare(a.name(), b.name())).toList();
    }
}
