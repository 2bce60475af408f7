package kz.iinportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Latin spellings and skeletons of names in Cyrillic (Russian, Kazakh, Ukrainian) and Latin scripts. */
class LatinKeysTest {

    /** ICAO 9303 as Russian and Kazakh passports print names since 2013: the first variant of a Cyrillic name. */
    @ParameterizedTest
    @CsvSource({
            "Жанна, zhanna",
            "Щербакова, shcherbakova",
            "Хасанов, khasanov",
            "Цой, tsoi",
            "Чернышёв, chernyshev",
            "Шевченко, shevchenko",
            "Юлия, iuliia",
            "Яна, iana",
            "Сергей, sergei",
            "Объедков, obieedkov",
            "Игорь, igor",
            "Ольга, olga",
            "Эдуард, eduard",
            "Әлихан, alikhan",
            "Қасым, kasym",
            "Ғалым, galym",
            "Аңсар, ansar",
            "Өмір, omir",
            "Ұлан, ulan",
            "Үміт, umit",
            "Һарун, harun",
            "Іңкәр, inkar",
            "Олексій, oleksii",
            "'Анна-Мария  Ивановна', anna mariia ivanovna",
    })
    void icaoRomanisation(String cyrillic, String icao) {
        assertEquals(icao, LatinKeys.variants(cyrillic).get(0));
    }

    /** The other romanisations a Cyrillic name has: common (Й Y, Ю YU, Я YA), alternative (Ж J, Х H, Қ Q), 2021 Kazakh. */
    @ParameterizedTest
    @CsvSource({
            "Жанна, janna",
            "Сергей, sergey",
            "Юлия, yuliya",
            "Хасанов, hasanov",
            "Қасым, qasym",
            "Ерлан, yerlan",
            "Ғалым, ghalym",
            "Аңсар, angsar",
            "Шынар, synar",
            "Чингиз, cingiz",
    })
    void otherRomanisations(String cyrillic, String variant) {
        List<String> variants = LatinKeys.variants(cyrillic);
        assertTrue(variants.contains(variant), variants.toString());
    }

    /** Latin names: the plain fold, and the two-letter spellings passports use for some letters. */
    @ParameterizedTest
    @CsvSource({
            "Müller, muller, mueller",
            "ÖZTÜRK, ozturk, oeztuerk",
            "Şahin, sahin, shahin",
            "Çelik, celik, chelik",
            "'O''Brien-Smith', obrien smith, obrien smith",
            "Łukasiewicz, lukasiewicz, lukasiewicz",
            "Ñúñez, nunez, ngungez",
    })
    void latinFoldAndExpansion(String latin, String fold, String expanded) {
        List<String> variants = LatinKeys.variants(latin);
        assertEquals(fold, variants.get(0));
        assertEquals(expanded, variants.get(variants.size() - 1));
    }

    /** Spellings of one name that romanisations produce share one skeleton. */
    @ParameterizedTest
    @CsvSource({
            "zhanna, janna",
            "shcherbakova, scherbakova",
            "alikhan, alihan",
            "qasym, kasym",
            "iuliia, yuliya",
            "sergei, sergey",
            "tsoi, tsoy",
            "yerlan, erlan",
            "aleksandr, alexandr",
            "ghalym, galym",
            "mohammad, mohamad",
            "obieedkov, obedkov",
    })
    void spellingsShareASkeleton(String one, String other) {
        assertEquals(LatinKeys.skeleton(one), LatinKeys.skeleton(other));
    }

    @ParameterizedTest
    @CsvSource({
            "ivanov, ivanova",
            "kim, kin",
            "sasha, masha",
    })
    void differentNamesKeepDifferentSkeletons(String one, String other) {
        assertTrue(!LatinKeys.skeleton(one).equals(LatinKeys.skeleton(other)));
    }

    @ParameterizedTest
    @CsvSource({
            "U61510994, U61510994",
            "u 6151-0994, U61510994",
            "U6151O994, U61510994",
            "AI 123, A1123",
            "'N°12/345', N12345",
    })
    void documentKeys(String number, String key) {
        assertEquals(key, DocumentKey.of(number));
    }
}
