package kz.iinportal.matching;

/**
 * One part of a match between the applicant and a register person (or another application), as the operator is shown
 * it: which part, how it matched, the two values compared and the part's score 0–100.
 *
 * @param applicant the applicant's value as filed (names as typed, dates dd.MM.yyyy, documents "number (country)")
 * @param other     the register person's (or earlier application's) value, the spelling that matched best
 * @param via       for a match through transliteration, the Latin spelling both sides share (e.g. ZHANNA for
 *                  ZHANNA and Жанна); null otherwise
 */
public record MatchPart(Part part, How how, String applicant, String other, String via, int score) {

    /** What is compared. */
    public enum Part {
        FAMILY_NAME, GIVEN_NAMES, BIRTH_DATE, DOCUMENT, SEX, CITIZENSHIP
    }

    /** How the two values compare. */
    public enum How {
        /** Equal (names: after case, spaces, hyphens, apostrophes and diacritics). */
        EXACT,
        /** Equal as two spellings of one name in different scripts or romanisations. */
        TRANSLITERATION,
        /** The same given names in another order. */
        ORDER_SWAPPED,
        /** Family name and given names exchanged. */
        NAMES_SWAPPED,
        /** One side has a given name more. */
        NAME_MISSING,
        /** One character added, missing, replaced or two neighbours exchanged. */
        ONE_CHARACTER,
        /** Alike, but more than one character differs. */
        SIMILAR,
        /** Birth dates: day and month exchanged. */
        DAY_MONTH_SWAPPED,
        /** Birth dates one day apart. */
        ONE_DAY_APART,
        /** Birth dates: same day and month, one digit of the year different. */
        YEAR_ONE_DIGIT,
        /** Birth dates in the same year only. */
        SAME_YEAR,
        /** Document numbers equal once O/0, I/1, spaces and hyphens are disregarded. */
        LOOKALIKE_CHARACTERS,
        /** Document numbers equal but issued by another country. */
        OTHER_COUNTRY,
        /** One side has no value. */
        MISSING,
        DIFFERENT
    }

    /** Whether the part counts for the match (anything but different or missing). */
    public boolean agrees() {
        return how != How.DIFFERENT && how != How.MISSING && how != How.OTHER_COUNTRY;
    }

    /** Sex is shown by its label in the page's language, not its code. */
    public boolean sex() {
        return part == Part.SEX;
    }
}
