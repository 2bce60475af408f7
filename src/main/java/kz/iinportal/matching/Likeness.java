package kz.iinportal.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import kz.iinportal.iin.Sex;
import kz.iinportal.matching.MatchPart.How;
import kz.iinportal.matching.MatchPart.Part;

/**
 * How alike two filings of a person are: one score 0–100 and the parts it is made of. Pure (no database), so that
 * the table of same and different persons in LikenessTest pins it down.
 * <p>
 * Names and the birth date carry the score: family name 35, given names 35, birth date 30. A name part scores 100
 * when equal, 96 when equal through a transliteration, 94 when equal once romanisations' differences are folded
 * ({@link LatinKeys#skeleton}), 97 for the same given names in another order, else its best Jaro-Winkler similarity
 * over all spellings, rescaled so that 0.6 (what unrelated names reach) is 0; one character off scores at least
 * 100 − 120 / length (a three-letter name 60, an eight-letter one 85). The birth date scores 100 exact, 85 with
 * day and month swapped, 70 a day apart, 60 with one digit of the year different, 10 in the same year, else 0. Sex that differs takes 35 off, citizenship 15
 * (people change citizenship, rarely their sex); a document number one character off adds 10. The same document
 * number from the same country is the same person whatever the rest says: 100.
 * <p>
 * The names are compared by {@link Names}; the birth date and the documents here.
 * <p>
 * Consequences the thresholds rely on: a birth date neither the same, swapped, a day apart nor one year digit off
 * caps equal names at 73 (a common name has many namesakes born the same year), a different sex at 65; two unrelated
 * given names with the same family name and birth date stay below 70.
 */
public final class Likeness {

    static final int FAMILY_WEIGHT = 35;
    static final int GIVEN_WEIGHT = 35;
    static final int BIRTH_WEIGHT = 30;
    static final int SEX_PENALTY = 35;
    static final int CITIZENSHIP_PENALTY = 15;
    static final int DOCUMENT_NEAR_BONUS = 10;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    /** What is compared of one filing: names in Latin and optionally Cyrillic, and the rest. */
    public record Identity(String familyName, String givenNames, String familyNameCyrillic,
            String givenNamesCyrillic, LocalDate birthDate, Sex sex, String citizenship, List<Document> documents) {
        public Identity {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** An identity document: number and issuing country (ISO 3166 alpha-2). */
    public record Document(String number, String country) {
        String label() {
            return number + " (" + country + ")";
        }
    }

    /** The score and its parts, in the order of {@link Part}. */
    public record Score(int value, List<MatchPart> parts) {
        public boolean sameDocument() {
            return part(Part.DOCUMENT).how() == How.EXACT || part(Part.DOCUMENT).how() == How.LOOKALIKE_CHARACTERS;
        }

        public MatchPart part(Part part) {
            return parts.stream().filter(p -> p.part() == part).findFirst().orElseThrow();
        }
    }

    private final Identity applicant;
    private final Names family;
    private final Names given;

    private Likeness(Identity applicant) {
        this.applicant = applicant;
        this.family = Names.of(applicant.familyName(), applicant.familyNameCyrillic(), false);
        this.given = Names.of(applicant.givenNames(), applicant.givenNamesCyrillic(), true);
    }

    /** The applicant's side, prepared once for scoring many register persons. */
    public static Likeness of(Identity applicant) {
        return new Likeness(applicant);
    }

    /** The score of one pair. */
    public static Score score(Identity applicant, Identity other) {
        return of(applicant).against(other);
    }

    /**
     * A quick upper bound for the search: false only when neither name part can be alike (both below 0.8 Jaro-Winkler
     * on every spelling), so that the full score is not worth computing.
     */
    public boolean mayMatch(String familyName, String givenNames, String familyNameCyrillic,
            String givenNamesCyrillic) {
        Names f = Names.of(familyName, familyNameCyrillic, false);
        if (family.best(f) >= 0.8) {
            return true;
        }
        Names g = Names.of(givenNames, givenNamesCyrillic, true);
        return given.best(g) >= 0.8 || family.best(g) >= 0.8 && given.best(f) >= 0.8;
    }

    public Score against(Identity other) {
        Names otherFamily = Names.of(other.familyName(), other.familyNameCyrillic(), false);
        Names otherGiven = Names.of(other.givenNames(), other.givenNamesCyrillic(), true);
        MatchPart familyPart = family.compare(otherFamily, Part.FAMILY_NAME);
        MatchPart givenPart = given.compare(otherGiven, Part.GIVEN_NAMES);
        if (familyPart.score() + givenPart.score() < 180) {
            // Family and given names exchanged (common with names whose family name comes first).
            MatchPart f = family.compare(otherGiven, Part.FAMILY_NAME);
            MatchPart g = given.compare(otherFamily, Part.GIVEN_NAMES);
            if (f.score() >= 80 && g.score() >= 80 && (f.score() + g.score()) * 9 / 10 > familyPart.score()
                    + givenPart.score()) {
                familyPart = swapped(f);
                givenPart = swapped(g);
            }
        }
        MatchPart birth = birth(applicant.birthDate(), other.birthDate());
        MatchPart document = document(applicant.documents(), other.documents());
        MatchPart sex = simple(Part.SEX, name(applicant.sex()), name(other.sex()));
        MatchPart citizenship = simple(Part.CITIZENSHIP, applicant.citizenship(), other.citizenship());

        double value = (FAMILY_WEIGHT * familyPart.score() + GIVEN_WEIGHT * givenPart.score()
                + BIRTH_WEIGHT * birth.score()) / 100.0;
        if (sex.how() == How.DIFFERENT) {
            value -= SEX_PENALTY;
        }
        if (citizenship.how() == How.DIFFERENT) {
            value -= CITIZENSHIP_PENALTY;
        }
        if (document.how() == How.ONE_CHARACTER) {
            value += DOCUMENT_NEAR_BONUS;
        }
        int total = (int) Math.round(Math.max(0, Math.min(100, value)));
        if (document.how() == How.EXACT || document.how() == How.LOOKALIKE_CHARACTERS) {
            total = 100;
        }
        return new Score(total, List.of(familyPart, givenPart, birth, document, sex, citizenship));
    }

    private static MatchPart swapped(MatchPart p) {
        return new MatchPart(p.part(), How.NAMES_SWAPPED, p.applicant(), p.other(), p.via(), p.score() * 9 / 10);
    }

    static MatchPart birth(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return new MatchPart(Part.BIRTH_DATE, How.MISSING, date(a), date(b), null, 0);
        }
        if (a.equals(b)) {
            return new MatchPart(Part.BIRTH_DATE, How.EXACT, date(a), date(b), null, 100);
        }
        if (a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue()
                && a.getMonthValue() == b.getDayOfMonth()) {
            return new MatchPart(Part.BIRTH_DATE, How.DAY_MONTH_SWAPPED, date(a), date(b), null, 85);
        }
        if (Math.abs(a.toEpochDay() - b.toEpochDay()) == 1) {
            return new MatchPart(Part.BIRTH_DATE, How.ONE_DAY_APART, date(a), date(b), null, 70);
        }
        if (a.getMonthValue() == b.getMonthValue() && a.getDayOfMonth() == b.getDayOfMonth()
                && oneDigitApart(a.getYear(), b.getYear())) {
            return new MatchPart(Part.BIRTH_DATE, How.YEAR_ONE_DIGIT, date(a), date(b), null, 60);
        }
        if (a.getYear() == b.getYear()) {
            return new MatchPart(Part.BIRTH_DATE, How.SAME_YEAR, date(a), date(b), null, 10);
        }
        return new MatchPart(Part.BIRTH_DATE, How.DIFFERENT, date(a), date(b), null, 0);
    }

    /** Years written alike but for one digit (1985 and 1986, 1985 and 1995): a typing slip. */
    static boolean oneDigitApart(int a, int b) {
        String x = Integer.toString(a);
        String y = Integer.toString(b);
        if (x.length() != y.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differ++;
            }
        }
        return differ == 1;
    }

    /** The applicant's one document against the other side's documents (a register person keeps the old ones). */
    static MatchPart document(List<Document> applicant, List<Document> other) {
        if (applicant.isEmpty() || other.isEmpty()) {
            return new MatchPart(Part.DOCUMENT, How.MISSING, applicant.isEmpty() ? "" : applicant.get(0).label(),
                    other.isEmpty() ? "" : other.get(other.size() - 1).label(), null, 0);
        }
        Document a = applicant.get(0);
        String aKey = DocumentKey.of(a.number());
        MatchPart best = null;
        for (Document d : other) {
            String key = DocumentKey.of(d.number());
            MatchPart p;
            boolean sameCountry = Objects.equals(a.country(), d.country());
            if (aKey.equals(key) && sameCountry) {
                boolean literal = a.number().strip().equalsIgnoreCase(d.number().strip());
                p = new MatchPart(Part.DOCUMENT, literal ? How.EXACT : How.LOOKALIKE_CHARACTERS, a.label(), d.label(),
                        null, 100);
            } else if (aKey.equals(key)) {
                p = new MatchPart(Part.DOCUMENT, How.OTHER_COUNTRY, a.label(), d.label(), null, 0);
            } else if (sameCountry && aKey.length() >= 6 && Similarity.edits(aKey, key, 1) == 1) {
                p = new MatchPart(Part.DOCUMENT, How.ONE_CHARACTER, a.label(), d.label(), null, 80);
            } else {
                p = new MatchPart(Part.DOCUMENT, How.DIFFERENT, a.label(), d.label(), null, 0);
            }
            if (best == null || rank(p) > rank(best)) {
                best = p;
            }
        }
        return best;
    }

    private static int rank(MatchPart p) {
        return switch (p.how()) {
            case EXACT -> 5;
            case LOOKALIKE_CHARACTERS -> 4;
            case ONE_CHARACTER -> 3;
            case OTHER_COUNTRY -> 2;
            default -> 1;
        };
    }

    private static MatchPart simple(Part part, String a, String b) {
        return Objects.equals(a, b) ? new MatchPart(part, How.EXACT, a, b, null, 100)
                : new MatchPart(part, How.DIFFERENT, a, b, null, 0);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(DATE);
    }
}
