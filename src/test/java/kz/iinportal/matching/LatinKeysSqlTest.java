package kz.iinportal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kz.iinportal.iin.DocumentType;
import kz.iinportal.iin.IinRecord;
import kz.iinportal.iin.PersonData;
import kz.iinportal.iin.Register;
import kz.iinportal.iin.Sex;

/**
 * The database's keys (V19's latin_key and document_key, the stored person.family_key) agree with LatinKeys and
 * DocumentKey, so that what the search finds by index is what the Java scoring compares.
 */
@QuarkusTest
class LatinKeysSqlTest {

    @Inject
    EntityManager em;

    @Inject
    Register register;

    @ParameterizedTest
    @ValueSource(strings = { "ZHANNA", "Жанна", "ЩЕРБАКОВА", "Shcherbakova", "Әлихан", "ҚАСЫМ", "Ғалым Аңсар",
            "Өмір-Ұлан", "Үміт Һарун Іңкәр", "Юлия", "Объедков", "Сергей Ёлкин", "Олексій Їжак", "O'Brien-Smith",
            "Łukasiewicz", "ÖZTÜRK", "Müller", "Şahin Çelik", "José María", "ÆRØ", "Straße", "XIAO  LING", "YERLAN",
            "Mohammed", "Tschaikowski", "Dzhaksybekov", "Ñúñez" })
    void latinKeyInTheDatabaseIsTheSkeletonOfTheFirstVariant(String name) {
        String sql = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT latin_key(CAST(:name AS text))").setParameter("name", name)
                .getSingleResult());
        assertEquals(LatinKeys.skeleton(LatinKeys.variants(name).get(0)), sql, name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "U61510994", "u 6151-0994", "U6151O994", "ai 123", "N°12/345", "E3675 1823" })
    void documentKeyInTheDatabaseIsDocumentKey(String number) {
        String sql = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT document_key(CAST(:n AS text))").setParameter("n", number)
                .getSingleResult());
        assertEquals(DocumentKey.of(number), sql, number);
    }

    @Test
    void theStoredFamilyKeyFollowsFormationAndCorrection() {
        PersonData data = new PersonData("Щербакова", "Жанна", null, null, LocalDate.of(1979, 2, 14), Sex.FEMALE,
                "RU", new PersonData.Document(DocumentType.PASSPORT, "K" + System.nanoTime(), "RU", null, null));
        IinRecord formed = register.form(data, "op", null);
        assertEquals("serbakova", familyKey(formed.iin));
        register.correct(formed.iin, data.withNames("O'BRIEN SMITH", "JOHN"), false, "op", null);
        assertEquals("obrensmith", familyKey(formed.iin));
    }

    private String familyKey(String iin) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("""
                SELECT p.family_key FROM person p JOIN iin_record r ON r.person_id = p.id WHERE r.iin = :iin""")
                .setParameter("iin", iin).getSingleResult());
    }
}
