package kz.iinportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kz.iinportal.iin.Sex;
import kz.iinportal.matching.Likeness.Document;
import kz.iinportal.matching.Likeness.Identity;
import kz.iinportal.matching.MatchPart.How;
import kz.iinportal.matching.MatchPart.Part;

/**
 * The table of same and different persons that pins the score down, with the default thresholds (candidate 75,
 * strong 90; PortalConfig.Matching). Each pair is an applicant's filing and a register person: STRONG pairs must
 * reach the strong threshold (they block formation), CANDIDATE pairs are shown to the operator but are not strong,
 * NONE pairs stay below the candidate threshold (not shown).
 */
class LikenessTest {

    static final int CANDIDATE = 75;
    static final int STRONG = 90;

    enum Band {
        STRONG, CANDIDATE, NONE
    }

    static final Sex F = Sex.FEMALE;
    static final Sex M = Sex.MALE;

    static Identity p(String family, String given, String born, Sex sex, String citizenship, String document) {
        return pc(family, given, null, null, born, sex, citizenship, document);
    }

    static Identity pc(String family, String given, String familyCyrillic, String givenCyrillic, String born, Sex sex,
            String citizenship, String document) {
        String[] d = document.split("/");
        return new Identity(family, given, familyCyrillic, givenCyrillic, LocalDate.parse(born), sex, citizenship,
                List.of(new Document(d[0], d[1])));
    }

    static Arguments same(String why, Band band, Identity applicant, Identity register) {
        return Arguments.of(why, band, applicant, register);
    }

    static Stream<Arguments> pairs() {
        Identity zhou = p("ZHOU", "XIAO LING", "1981-11-04", F, "CN", "E36751823/CN");
        Identity shcherbakova = p("SHCHERBAKOVA", "ZHANNA", "1979-02-14", F, "RU", "751234567/RU");
        Identity alikhan = p("NURLANOV", "ALIKHAN", "1990-07-21", M, "KZ", "N12345678/KZ");
        Identity kasym = p("QASYM", "DAUREN", "1986-03-09", M, "KZ", "N23456789/KZ");
        Identity ozturk = p("OZTURK", "ZEYNEP", "1973-11-18", F, "TR", "U61510994/TR");
        Identity ivanov = p("IVANOV", "SERGEI", "1985-03-04", M, "RU", "721111111/RU");
        Identity wang = p("WANG", "WEI", "1990-05-01", M, "CN", "E11112222/CN");
        return Stream.of(
                // --- the same person ---
                same("identical", Band.STRONG, zhou, zhou),
                same("family name typo ZHOU/ZHUO", Band.STRONG, zhou,
                        p("ZHUO", "XIAO LING", "1981-11-04", F, "CN", "E99999999/CN")),
                same("given name typo LING/LIN", Band.STRONG, zhou,
                        p("ZHOU", "XIAO LIN", "1981-11-04", F, "CN", "E99999999/CN")),
                same("given names swapped", Band.STRONG, zhou,
                        p("ZHOU", "LING XIAO", "1981-11-04", F, "CN", "E99999999/CN")),
                same("given names run together", Band.STRONG, zhou,
                        p("ZHOU", "XIAOLING", "1981-11-04", F, "CN", "E99999999/CN")),
                same("family and given names exchanged", Band.STRONG, zhou,
                        p("XIAO LING", "ZHOU", "1981-11-04", F, "CN", "E99999999/CN")),
                same("register in Cyrillic, applicant ICAO Latin", Band.STRONG, shcherbakova,
                        p("ЩЕРБАКОВА", "ЖАННА", "1979-02-14", F, "RU", "700000001/RU")),
                same("JANNA and ZHANNA, both Latin", Band.STRONG, shcherbakova,
                        p("SHCHERBAKOVA", "JANNA", "1979-02-14", F, "RU", "700000001/RU")),
                same("SCHERBAKOVA (German-style) and SHCHERBAKOVA", Band.STRONG, shcherbakova,
                        p("SCHERBAKOVA", "ZHANNA", "1979-02-14", F, "RU", "700000001/RU")),
                same("Cyrillic fields of the applicant, another Latin spelling in the register", Band.STRONG,
                        pc("SHCHERBAKOVA", "ZHANNA", "Щербакова", "Жанна", "1979-02-14", F, "RU", "751234567/RU"),
                        pc("SHERBAKOVA", "JANNA", null, null, "1979-02-14", F, "RU", "700000001/RU")),
                same("Kazakh Ә: ALIKHAN and Әлихан", Band.STRONG, alikhan,
                        p("НҰРЛАНОВ", "ӘЛИХАН", "1990-07-21", M, "KZ", "N00000001/KZ")),
                same("ALIKHAN and ALIHAN", Band.STRONG, alikhan,
                        p("NURLANOV", "ALIHAN", "1990-07-21", M, "KZ", "N00000001/KZ")),
                same("2021 Kazakh Latin ÄLIHAN", Band.STRONG, alikhan,
                        p("NURLANOV", "ÄLIHAN", "1990-07-21", M, "KZ", "N00000001/KZ")),
                same("Kazakh Қ: QASYM and KASYM", Band.STRONG, kasym,
                        p("KASYM", "DAUREN", "1986-03-09", M, "KZ", "N00000002/KZ")),
                same("Kazakh Қ: QASYM and Қасым", Band.STRONG, kasym,
                        p("ҚАСЫМ", "ДӘУРЕН", "1986-03-09", M, "KZ", "N00000002/KZ")),
                same("Turkish letters folded (ÖZTÜRK)", Band.STRONG, ozturk,
                        p("ÖZTÜRK", "ZEYNEP", "1973-11-18", F, "TR", "U00000001/TR")),
                same("German umlaut as the MRZ writes it (MÜLLER/MUELLER)", Band.STRONG,
                        p("MUELLER", "ANNA", "1970-01-15", F, "DE", "C01X00T47/DE"),
                        p("MÜLLER", "ANNA", "1970-01-15", F, "DE", "C99999999/DE")),
                same("re-issued passport: new number, same names and birth date", Band.STRONG, ozturk,
                        p("OZTURK", "ZEYNEP", "1973-11-18", F, "TR", "U99887766/TR")),
                same("day and month swapped", Band.STRONG, ivanov,
                        p("IVANOV", "SERGEI", "1985-04-03", M, "RU", "729999999/RU")),
                same("born a day apart", Band.STRONG, ivanov,
                        p("IVANOV", "SERGEI", "1985-03-05", M, "RU", "729999999/RU")),
                same("SERGEY (common) and Сергей", Band.STRONG, p("IVANOV", "SERGEY", "1985-03-04", M, "RU",
                        "729999999/RU"), p("Иванов", "Сергей", "1985-03-04", M, "RU", "721111111/RU")),
                same("transliteration and day/month swapped", Band.STRONG, shcherbakova,
                        p("ЩЕРБАКОВА", "ЖАННА", "1979-14-02".isEmpty() ? null : "1979-02-14", F, "RU",
                                "700000001/RU")),
                same("same document, names typed differently", Band.STRONG, ozturk,
                        p("OZTRUK", "ZEINEB", "1973-11-18", F, "TR", "U61510994/TR")),
                same("same document but for O/0", Band.STRONG, ozturk,
                        p("OZTURK", "ZEYNEP", "1973-11-18", F, "TR", "U6151O994/TR")),
                same("document one character off, birth date wrong year", Band.CANDIDATE, ozturk,
                        p("OZTURK", "ZEYNEP", "1981-11-18", F, "TR", "U6151099/TR")),
                same("a second given name missing", Band.STRONG,
                        p("GARCIA", "ANA MARIA", "1992-09-30", F, "ES", "PAA123456/ES"),
                        p("GARCIA", "ANA", "1992-09-30", F, "ES", "PAB654321/ES")),
                same("YERLAN and ERLAN (E and YE for Е), born a day apart: two differences", Band.CANDIDATE,
                        p("ABENOV", "YERLAN", "1980-12-31", M, "KZ",
                                "N11111111/KZ"),
                        p("ABENOV", "ERLAN", "1981-01-01", M, "KZ", "N22222222/KZ")),
                same("ALEKSANDR and ALEXANDR", Band.STRONG, p("PETROV", "ALEKSANDR", "1977-06-06", M, "RU",
                        "711111111/RU"), p("PETROV", "ALEXANDR", "1977-06-06", M, "RU", "722222222/RU")),
                same("Ukrainian Олексій and OLEKSII", Band.STRONG, p("SHEVCHENKO", "OLEKSII", "1988-08-08", M,
                        "UA", "FA111111/UA"), p("ШЕВЧЕНКО", "ОЛЕКСІЙ", "1988-08-08", M, "UA", "FA222222/UA")),
                same("Юлия as IULIIA and YULIYA", Band.STRONG, p("KIM", "IULIIA", "1995-01-20", F, "KZ",
                        "N33333333/KZ"), p("KIM", "YULIYA", "1995-01-20", F, "KZ", "N44444444/KZ")),
                same("same names, citizenship changed", Band.CANDIDATE, alikhan,
                        p("NURLANOV", "ALIKHAN", "1990-07-21", M, "UZ", "FA9999999/UZ")),
                same("same names, year typed one digit off", Band.CANDIDATE, wang,
                        p("WANG", "WEI", "1991-05-01", M, "CN", "E33334444/CN")),
                same("same names, the Cyrillic spelling, year one digit off", Band.CANDIDATE, alikhan,
                        p("НҰРЛАНОВ", "ӘЛИХАН", "1980-07-21", M, "KZ", "N00000001/KZ")),
                same("namesake born another day of the same year (common names have many)", Band.NONE, wang,
                        p("WANG", "WEI", "1990-08-17", M, "CN", "E33334444/CN")),
                same("a short given name with two letters exchanged (HUI/HIU)", Band.CANDIDATE,
                        p("XIAO", "HUI", "1989-12-26", F, "CN", "E12121212/CN"),
                        p("XIAO", "HIU", "1989-12-26", F, "CN", "E34343434/CN")),
                same("MOHAMMED and MUHAMMAD, same family name and birth date", Band.CANDIDATE,
                        p("RAHIMI", "MOHAMMED", "1993-01-01", M, "AF", "P01234567/AF"),
                        p("RAHIMI", "MUHAMMAD", "1993-01-01", M, "AF", "P07654321/AF")),
                same("a typo and day/month swapped", Band.STRONG, ivanov,
                        p("IVANOB", "SERGEI", "1985-04-03", M, "RU", "729999999/RU")),
                // --- different persons ---
                same("namesake born another year", Band.NONE, wang,
                        p("WANG", "WEI", "1987-05-01", M, "CN", "E55556666/CN")),
                same("namesake of the other sex", Band.NONE, p("KIM", "SASHA", "1994-04-04", F, "KR",
                        "M11112222/KR"), p("KIM", "SASHA", "1994-04-04", M, "KR", "M33334444/KR")),
                same("same family name and birth date, other given name (a sibling)", Band.NONE, ivanov,
                        p("IVANOV", "DMITRII", "1985-03-04", M, "RU", "723333333/RU")),
                same("same given name and birth date, other family name", Band.NONE, ivanov,
                        p("PETROV", "SERGEI", "1985-03-04", M, "RU", "724444444/RU")),
                same("IVANOVA, his sister, born the same day", Band.NONE, ivanov,
                        p("IVANOVA", "SVETLANA", "1985-03-04", F, "RU", "725555555/RU")),
                same("unrelated names, same birth date", Band.NONE, zhou,
                        p("SMITH", "JOHN", "1981-11-04", M, "GB", "123456789/GB")),
                same("same document number issued by another country", Band.NONE, ozturk,
                        p("SCHMIDT", "KLAUS", "1960-02-02", M, "DE", "U61510994/DE")),
                same("the applicant's hijack case: another person's IIN holder", Band.NONE, ozturk, zhou),
                same("similar names, birth dates years apart", Band.NONE, alikhan,
                        p("NURLANOV", "ALIHAN", "1968-07-21", M, "KZ", "N55555555/KZ")),
                same("same names and day, another month and year", Band.NONE, kasym,
                        p("KASYM", "DAUREN", "1996-05-09", M, "KZ", "N66666666/KZ")),
                same("Kazakh namesake: same names, other sex and day", Band.NONE, kasym,
                        p("QASYM", "DAUREN", "1986-03-19", F, "KZ", "N77777777/KZ")),
                same("one day apart and another given name", Band.NONE, ivanov,
                        p("IVANOV", "NIKOLAI", "1985-03-05", M, "RU", "726666666/RU")),
                same("day/month swapped, another family name", Band.NONE, ivanov,
                        p("SIDOROV", "SERGEI", "1985-04-03", M, "RU", "727777777/RU")),
                same("common surname, same year, other given name", Band.NONE, wang,
                        p("WANG", "FANG", "1990-02-11", F, "CN", "E77778888/CN")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void scoredIntoItsBand(String why, Band band, Identity applicant, Identity register) {
        Likeness.Score score = Likeness.score(applicant, register);
        Band actual = score.value() >= STRONG || score.sameDocument() ? Band.STRONG
                : score.value() >= CANDIDATE ? Band.CANDIDATE : Band.NONE;
        assertEquals(band, actual, why + ": " + score);
        // symmetric: the register person filing against the applicant scores the same band
        Likeness.Score reverse = Likeness.score(register, applicant);
        Band reversed = reverse.value() >= STRONG || reverse.sameDocument() ? Band.STRONG
                : reverse.value() >= CANDIDATE ? Band.CANDIDATE : Band.NONE;
        assertEquals(band, reversed, why + " (reversed): " + reverse);
    }

    @Test
    void atLeastFortyPairs() {
        assertTrue(pairs().count() >= 40);
    }

    @Test
    void partsExplainTheScore() {
        Likeness.Score score = Likeness.score(
                p("SHCHERBAKOVA", "ZHANNA", "1979-02-14", F, "RU", "751234567/RU"),
                pc("SHCHERBAKOVA", "JANNA", null, "Жанна", "1979-14-02".isEmpty() ? null : "1979-02-14", F, "RU",
                        "751234568/RU"));
        MatchPart given = score.part(Part.GIVEN_NAMES);
        assertEquals(How.TRANSLITERATION, given.how());
        assertEquals(96, given.score());
        assertEquals("Жанна", given.other());
        assertEquals("ZHANNA", given.via());
        assertEquals(How.EXACT, score.part(Part.FAMILY_NAME).how());
        MatchPart document = score.part(Part.DOCUMENT);
        assertEquals(How.ONE_CHARACTER, document.how());
        assertEquals("751234567 (RU)", document.applicant());
        assertEquals("751234568 (RU)", document.other());

        Likeness.Score swapped = Likeness.score(p("IVANOV", "SERGEI", "1985-03-04", M, "RU", "1/RU"),
                p("IVANOV", "SERGEI", "1985-04-03", M, "RU", "2/RU"));
        MatchPart birth = swapped.part(Part.BIRTH_DATE);
        assertEquals(How.DAY_MONTH_SWAPPED, birth.how());
        assertEquals("04.03.1985", birth.applicant());
        assertEquals("03.04.1985", birth.other());
        assertEquals(85, birth.score());

        Likeness.Score typo = Likeness.score(p("ZHOU", "XIAO LING", "1981-11-04", F, "CN", "1/CN"),
                p("ZHUO", "LING XIAO", "1981-11-04", F, "CN", "2/CN"));
        assertEquals(How.ONE_CHARACTER, typo.part(Part.FAMILY_NAME).how());
        assertEquals(How.ORDER_SWAPPED, typo.part(Part.GIVEN_NAMES).how());
    }
}
