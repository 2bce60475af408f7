package kz.iinportal.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kz.iinportal.review.NameKey;

/**
 * A name in any script reduced to comparable Latin spellings, lower case, without diacritics or punctuation.
 * <p>
 * The same person's name reaches the register in several spellings: the passport's Latin (Russian passports since
 * 2013 follow ICAO 9303: Ж ZH, Х KH, Ц TS, Щ SHCH, Ю IU, Я IA, Й I, Ъ IE, Ь nothing), older or French-style
 * romanisations (Ж J, Х H, Ю YU, Я YA, Й Y), the Cyrillic a service centre keyed in, Kazakh letters written the
 * common way (Қ K, Ғ G or GH, Ң N or NG, Ә A, Ө O, Ұ Ү U, Һ H, І I) or in the 2021 Kazakh Latin alphabet (Қ Q, Ә Ä,
 * Ş, Ç …). {@link #variants} gives each spelling a name may have; {@link #skeleton} folds what these spellings disagree
 * on (ZH/J, KH/H, Q/K, Y/I, doubled letters …) so that two Latin spellings of one Cyrillic name become one key. The
 * database's {@code latin_key()} (V19) applies the same skeleton to the register's names; LatinKeysSqlTest keeps the
 * two in step.
 */
public final class LatinKeys {

    private LatinKeys() {
    }

    /** The romanisations a Cyrillic letter has in the systems above, in this order. */
    private enum System {
        /** ICAO 9303 as passports print it; Kazakh letters by their usual passport spelling. */
        ICAO,
        /** Older passports, visas and most Latin spellings people choose (GOST/BGN style: Й Y, Ю YU, Я YA). */
        COMMON,
        /** French-style and other spellings heard in practice: Ж J, Х H, Қ Q. */
        ALTERNATIVE,
        /** The Kazakh Latin alphabet of 2021, diacritics then folded (Ä A, Ğ G, Ñ N, Ş S, Ç C). */
        KAZAKH_2021
    }

    /**
     * Every Latin spelling of a name this class knows, lower case, words separated by single spaces, the plain ASCII
     * fold first. A Latin name gives its fold and, for letters that passports expand (German Ä Ö Ü as AE OE UE,
     * Turkish and Kazakh Ş Ç Ğ as SH CH GH), the expanded spelling. A Cyrillic name gives its ICAO, common,
     * alternative and 2021-Kazakh romanisations. Empty for null or a name without letters.
     */
    public static List<String> variants(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Set<String> variants = new LinkedHashSet<>();
        if (hasCyrillic(name)) {
            for (System system : System.values()) {
                add(variants, romanise(name, system));
            }
        } else {
            add(variants, name);
            add(variants, expanded(name));
        }
        variants.remove("");
        return List.copyOf(variants);
    }

    /** The name's plain fold: {@link NameKey#normalise} per word, words kept apart by single spaces. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String word : name.split("[\\s\\-\u2010-\u2015]+")) {
            String w = NameKey.normalise(word);
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }

    /**
     * A folded Latin spelling reduced to what romanisations of one name share: SHCH SCH to S, SH to S, CH to C,
     * ZH DZH DJ to J, KH to H, TS TZ to C, Q CK to K, GH to G, PH to F, W to V, X to KS, Y to I, IE to E, and
     * doubled letters single. Words stay apart. Not a spelling anyone writes: a key to compare and index.
     */
    public static String skeleton(String folded) {
        String s = folded;
        s = s.replace("shch", "s").replace("sch", "s").replace("sh", "s").replace("dzh", "j").replace("zh", "j")
                .replace("dj", "j").replace("ch", "c").replace("kh", "h").replace("ts", "c").replace("tz", "c")
                .replace("ck", "k").replace('q', 'k').replace("gh", "g").replace("ph", "f").replace('w', 'v')
                .replace("x", "ks").replace('y', 'i').replace("ie", "e");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c || c == ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text has a Cyrillic letter (Kazakh and other national letters included). */
    public static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> variants, String spelling) {
        variants.add(fold(spelling));
    }

    /** Latin letters that a passport's machine-readable zone spells with two letters. */
    private static String expanded(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean changed = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            String e = switch (c) {
                case 'ä' -> "ae";
                case 'ö' -> "oe";
                case 'ü' -> "ue";
                case 'ş', 'ș' -> "sh";
                case 'ç', 'č' -> "ch";
                case 'ğ' -> "gh";
                case 'ñ' -> "ng";
                case 'š' -> "sh";
                case 'ž' -> "zh";
                default -> null;
            };
            if (e != null) {
                out.append(e);
                changed = true;
            } else {
                out.append(c);
            }
        }
        return changed ? out.toString() : "";
    }

    private static String romanise(String name, System system) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = letter(c, system);
            if (latin == null) {
                out.append(c);
            } else {
                // Е and Ё at the start of a word are YE/YO in the common spelling (Yerlan, Yolkin), E in ICAO.
                boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
                if (system == System.COMMON && wordStart && (c == 'е' || c == 'ё')) {
                    latin = c == 'е' ? "ye" : "yo";
                }
                out.append(latin);
            }
        }
        return out.toString();
    }

    /** One lower-case Cyrillic letter in a romanisation; null for anything else. */
    private static String letter(char c, System system) {
        switch (c) {
            case 'а':
                return "a";
            case 'б':
                return "b";
            case 'в':
                return "v";
            case 'г':
                return "g";
            case 'д':
                return "d";
            case 'е':
                return "e";
            case 'ё':
                return system == System.COMMON ? "yo" : "e";
            case 'ж':
                return system == System.ICAO || system == System.COMMON ? "zh" : "j";
            case 'з':
                return "z";
            case 'и':
                return "i";
            case 'й':
                return system == System.ICAO || system == System.KAZAKH_2021 ? "i" : "y";
            case 'к':
                return "k";
            case 'л':
                return "l";
            case 'м':
                return "m";
            case 'н':
                return "n";
            case 'о':
                return "o";
            case 'п':
                return "p";
            case 'р':
                return "r";
            case 'с':
                return "s";
            case 'т':
                return "t";
            case 'у':
                return "u";
            case 'ф':
                return "f";
            case 'х':
                return system == System.ICAO || system == System.COMMON ? "kh" : "h";
            case 'ц':
                return "ts";
            case 'ч':
                return system == System.KAZAKH_2021 ? "c" : "ch";
            case 'ш':
                return system == System.KAZAKH_2021 ? "s" : "sh";
            case 'щ':
                return system == System.KAZAKH_2021 ? "ss" : "shch";
            case 'ъ':
                return system == System.ICAO ? "ie" : "";
            case 'ы':
                return "y";
            case 'ь':
                return "";
            case 'э':
                return "e";
            case 'ю':
                return system == System.ICAO || system == System.KAZAKH_2021 ? "iu" : "yu";
            case 'я':
                return system == System.ICAO || system == System.KAZAKH_2021 ? "ia" : "ya";
            // Kazakh
            case 'ә':
                return "a";
            case 'ғ':
                return system == System.COMMON ? "gh" : "g";
            case 'қ':
                return system == System.ALTERNATIVE || system == System.KAZAKH_2021 ? "q" : "k";
            case 'ң':
                return system == System.COMMON ? "ng" : "n";
            case 'ө':
                return "o";
            case 'ұ':
                return "u";
            case 'ү':
                return "u";
            case 'һ':
                return "h";
            case 'і':
                return "i";
            // Ukrainian, Belarusian, Uzbek and Kyrgyz Cyrillic letters met in the register
            case 'є':
                return system == System.ICAO ? "ie" : "ye";
            case 'ї':
                return system == System.ICAO ? "i" : "yi";
            case 'ґ':
                return "g";
            case 'ў':
                return "u";
            default:
                return null;
        }
    }
}
