package kz.iinportal.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.iinportal.identity.MrzRefused.Reason;
import kz.iinportal.iin.Sex;

/**
 * A machine-readable zone (ICAO Doc 9303) read from text as people paste or type it, or as a passport reader sends
 * it: TD3 (passports, 2 × 44), TD1 (3 × 30) and TD2 (2 × 36). Lower case, spaces and blank lines around or between
 * the lines are forgiven, and a zone sent as one line is cut into its lines; anything else that is not a zone is
 * {@link MrzRefused refused} with the reason. A zone whose check digits fail is still read: {@link #checks} says
 * which ones hold, so that a person can be told which part to look at.
 *
 * <p>Names: the primary identifier (family name) and the secondary identifiers (given names) with fillers as
 * spaces; {@link #nameTruncated} when the name fills its field to the last character (Doc 9303 cuts longer names
 * there). Dates have two-digit years: a birth date is the latest that is not after today, an expiry date lies at
 * most 50 years ahead. An impossible or partly unknown date ({@code 74<<<<}) is null. Sex is null for {@code <} or
 * {@code X}.
 *
 * @param optionalData the optional data field(s), fillers as spaces ("" when empty); TD3: the personal number
 * @param checks       every check digit the format has, in {@link MrzCheck} order; TD1 and TD2 have no optional data
 *                     check
 */
public record Mrz(MrzFormat format, String documentCode, IcaoCode issuingState, String documentNumber,
        IcaoCode nationality, String familyName, String givenNames, boolean nameTruncated, LocalDate birthDate,
        Sex sex, LocalDate expiryDate, String optionalData, Map<MrzCheck, Boolean> checks) {

    /** Longer text is refused before it is looked at: 3 × 44 characters leave ample room for pasted white space. */
    public static final int MAX_TEXT = 1_000;

    private static final int[] WEIGHTS = { 7, 3, 1 };
    private static final Pattern DATE = Pattern.compile("([0-9]{2}|<<){3}");

    /** Every check digit holds. */
    public boolean valid() {
        return !checks.containsValue(false);
    }

    public List<MrzCheck> failedChecks() {
        return checks.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    public static Mrz read(String text, LocalDate today) throws MrzRefused {
        List<String> lines = lines(text);
        MrzFormat format = MrzFormat.of(lines.size(), lines.get(0).length());
        int length = lines.get(0).length();
        if (format == null && Arrays.stream(MrzFormat.values()).anyMatch(f -> f.length == length)) {
            throw new MrzRefused(Reason.LINE_COUNT, 0, lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (format == null || lines.get(i).length() != format.length) {
                throw new MrzRefused(Reason.LINE_LENGTH, i + 1, lines.get(i).length());
            }
        }
        String first = lines.get(0);
        if (first.charAt(0) == 'V') {
            throw new MrzRefused(Reason.VISA, 1, 1);
        }
        if (format == MrzFormat.TD3 ? first.charAt(0) != 'P' : "ACI".indexOf(first.charAt(0)) < 0) {
            throw new MrzRefused(Reason.DOCUMENT_CODE, 1, 1);
        }
        return format == MrzFormat.TD1 ? td1(lines, today) : twoLines(format, lines, today);
    }

    /** TD3 and TD2: the name on line 1; number, dates and optional data on line 2, composite check last. */
    private static Mrz twoLines(MrzFormat format, List<String> lines, LocalDate today) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        int end = format.length - 1; // the composite check digit
        int optionalEnd = format == MrzFormat.TD3 ? end - 1 : end;
        Map<MrzCheck, Boolean> checks = new EnumMap<>(MrzCheck.class);
        String[] number = documentNumber(l2.substring(0, 9), l2.charAt(9),
                format == MrzFormat.TD2 ? l2.substring(28, optionalEnd) : "", checks);
        String optional = format == MrzFormat.TD2 ? number[1] : l2.substring(28, optionalEnd);
        dates(l2.substring(13, 19), l2.charAt(19), l2.substring(21, 27), l2.charAt(27), checks);
        if (format == MrzFormat.TD3) {
            checks.put(MrzCheck.OPTIONAL_DATA, checks(optional, l2.charAt(optionalEnd), true));
        }
        checks.put(MrzCheck.COMPOSITE,
                checks(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, end), l2.charAt(end), false));
        return zone(format, l1, number[0], l2.substring(10, 13), l1.substring(5), l2.substring(13, 19),
                l2.charAt(20), l2.substring(21, 27), optional, checks, today);
    }

    /** TD1: number and optional data on line 1, dates, nationality and the composite check on line 2, name on 3. */
    private static Mrz td1(List<String> lines, LocalDate today) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        Map<MrzCheck, Boolean> checks = new EnumMap<>(MrzCheck.class);
        String[] number = documentNumber(l1.substring(5, 14), l1.charAt(14), l1.substring(15, 30), checks);
        dates(l2.substring(0, 6), l2.charAt(6), l2.substring(8, 14), l2.charAt(14), checks);
        checks.put(MrzCheck.COMPOSITE,
                checks(l1.substring(5) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29),
                        l2.charAt(29), false));
        return zone(MrzFormat.TD1, l1, number[0], l2.substring(15, 18), lines.get(2), l2.substring(0, 6),
                l2.charAt(7), l2.substring(8, 14), number[1] + "<" + l2.substring(18, 29), checks, today);
    }

    /**
     * The document number and what is left of the optional data. Numbers longer than 9 characters (TD1, TD2) put
     * {@code <} in the check digit's place and continue in the optional data up to a filler, their check digit last.
     */
    private static String[] documentNumber(String principal, char check, String optional,
            Map<MrzCheck, Boolean> checks) {
        String number = principal;
        String rest = optional;
        if (check == '<' && !optional.isEmpty() && optional.charAt(0) != '<') {
            int filler = optional.indexOf('<');
            String extension = filler < 0 ? optional : optional.substring(0, filler);
            number = principal + extension.substring(0, extension.length() - 1);
            check = extension.charAt(extension.length() - 1);
            rest = filler < 0 ? "" : optional.substring(filler);
        }
        checks.put(MrzCheck.DOCUMENT_NUMBER, checks(number, check, false));
        return new String[] { fillers(number), rest };
    }

    private static void dates(String birth, char birthCheck, String expiry, char expiryCheck,
            Map<MrzCheck, Boolean> checks) {
        checks.put(MrzCheck.BIRTH_DATE, numeric(birth) && checks(birth, birthCheck, false));
        checks.put(MrzCheck.EXPIRY_DATE, numeric(expiry) && checks(expiry, expiryCheck, false));
    }

    /**
     * Dates are digits, {@code <<} for an unknown part of a birth date. A letter or a lone filler would slip through
     * the check digit when worth a multiple of 10 more or less than the digit it replaced (B for 1, {@code <} for 0),
     * so it fails the check here.
     */
    private static boolean numeric(String field) {
        return DATE.matcher(field).matches();
    }

    private static Mrz zone(MrzFormat format, String l1, String number, String nationality, String name,
            String birth, char sex, String expiry, String optional, Map<MrzCheck, Boolean> checks, LocalDate today) {
        String names = name.replaceAll("<+$", "");
        int separator = names.indexOf("<<");
        String primary = separator < 0 ? names : names.substring(0, separator);
        String secondary = separator < 0 ? "" : names.substring(separator + 2);
        return new Mrz(format, fillers(l1.substring(0, 2)), IcaoCode.of(l1.substring(2, 5)), number,
                IcaoCode.of(nationality), fillers(primary), fillers(secondary), name.charAt(name.length() - 1) != '<',
                date(birth, today, true), sex == 'M' ? Sex.MALE : sex == 'F' ? Sex.FEMALE : null,
                date(expiry, today, false), fillers(optional), Collections.unmodifiableMap(checks));
    }

    /** ICAO 9303 part 3: digits as themselves, A–Z as 10–35, {@code <} as 0, weighted 7, 3, 1 repeating, mod 10. */
    public static int checkDigit(CharSequence field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = c == '<' ? 0 : c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** An optional data field left empty may have a filler for its check digit. */
    private static boolean checks(String field, char check, boolean fillerAllowed) {
        int expected = checkDigit(field);
        if (check == '<') {
            return fillerAllowed && expected == 0;
        }
        return check >= '0' && check <= '9' && check - '0' == expected;
    }

    private static LocalDate date(String yymmdd, LocalDate today, boolean birth) {
        if (!yymmdd.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int year = 2000 + yy;
        if (birth ? !dateOf(year, month, day).map(d -> !d.isAfter(today)).orElse(false)
                : year > today.getYear() + 50) {
            year -= 100;
        }
        return dateOf(year, month, day).filter(d -> !birth || !d.isAfter(today)).orElse(null);
    }

    private static Optional<LocalDate> dateOf(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String fillers(String field) {
        return field.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    /**
     * The zone's lines, upper case, white space removed, blank lines dropped; one line of two or three zone lines'
     * length (a reader or a paste that lost the line breaks) is cut into them.
     */
    static List<String> lines(String text) throws MrzRefused {
        if (text != null && text.length() > MAX_TEXT) {
            throw new MrzRefused(Reason.TOO_LONG, 0, text.length());
        }
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String zone = line.replaceAll("[\\s\\p{Z}]+", "");
            for (int p = 0; p < zone.length(); p++) {
                char c = zone.charAt(p);
                // checked before upper-casing: Unicode would turn ı, ſ or ﬀ into Latin capitals
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '<')) {
                    throw new MrzRefused(Reason.CHARACTERS, lines.size() + 1, p + 1);
                }
            }
            if (!zone.isEmpty()) {
                lines.add(zone.toUpperCase(Locale.ROOT));
            }
        }
        if (lines.isEmpty()) {
            throw new MrzRefused(Reason.EMPTY, 0, 0);
        }
        if (lines.size() == 1) {
            for (MrzFormat f : MrzFormat.values()) {
                if (lines.get(0).length() == f.lines * f.length) {
                    String all = lines.remove(0);
                    for (int i = 0; i < f.lines; i++) {
                        lines.add(all.substring(i * f.length, (i + 1) * f.length));
                    }
                }
            }
        }
        if (lines.size() < 2 || lines.size() > 3) {
            throw new MrzRefused(Reason.LINE_COUNT, 0, lines.size());
        }
        return lines;
    }
}
