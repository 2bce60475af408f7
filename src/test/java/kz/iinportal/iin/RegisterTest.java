package kz.iinportal.iin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Formation and correction against the real PostgreSQL. */
@QuarkusTest
class RegisterTest {

    @Inject
    Register register;

    @Inject
    EntityManager em;

    @Test
    void formsAValidIinThatEncodesBirthDateAndSex() {
        LocalDate birth = LocalDate.of(1988, 4, 17);
        IinRecord record = register.form(RegisterTestData.person(birth, Sex.FEMALE), "operator", "APP-1");

        Iin iin = Iin.parse(record.iin);
        assertEquals(birth, iin.birthDate());
        assertEquals(Sex.FEMALE, iin.sex());
        assertTrue(record.iin.startsWith("8804174"));
        assertEquals(IinStatus.ACTIVE, record.status);
        assertEquals("operator", record.formedBy);
        assertEquals("APP-1", record.formedByApplication);
    }

    @Test
    void centuryDigitFollowsTheBirthYear() {
        assertEquals('2', register.form(RegisterTestData.person(LocalDate.of(1899, 12, 31), Sex.FEMALE), "t", null).iin
                .charAt(6));
        assertEquals('3',
                register.form(RegisterTestData.person(LocalDate.of(1900, 1, 1), Sex.MALE), "t", null).iin.charAt(6));
        assertEquals('6',
                register.form(RegisterTestData.person(LocalDate.of(2000, 2, 29), Sex.FEMALE), "t", null).iin.charAt(6));
    }

    @Test
    void consecutiveFormationsTakeConsecutiveUsableSerialsSkippingUnusableOnes() {
        // A birth date whose serials 1..60 include one without a usable check digit.
        LocalDate birth = LocalDate.of(1901, 1, 1);
        while (firstUnusableSerial(birth) > 60) {
            birth = birth.plusDays(1);
        }
        int unusable = firstUnusableSerial(birth);
        List<Integer> serials = new ArrayList<>();
        for (int i = 0; i < unusable + 2; i++) {
            serials.add(Iin.parse(register.form(RegisterTestData.person(birth, Sex.MALE), "t", null).iin).serial());
        }
        List<Integer> expected = new ArrayList<>();
        for (int serial = 1; expected.size() < unusable + 2; serial++) {
            if (serial != unusable && Iin.form(birth, Sex.MALE, serial).isPresent()) {
                expected.add(serial);
            }
        }
        assertEquals(expected, serials);
        assertFalse(serials.contains(unusable));
    }

    private static int firstUnusableSerial(LocalDate birth) {
        for (int serial = 1;; serial++) {
            if (Iin.form(birth, Sex.MALE, serial).isEmpty()) {
                return serial;
            }
        }
    }

    @Test
    void skipsNumbersAlreadyHeldByImportedRecords() {
        LocalDate birth = LocalDate.of(1902, 6, 7);
        // The next number the allocator would give, whatever other tests formed on this day before.
        int next = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(last_serial), 0) FROM iin_serial_counter WHERE prefix = :p")
                .setParameter("p", SerialAllocator.prefix(birth, Sex.FEMALE)).getSingleResult()).intValue()) + 1;
        Iin first = Iin.form(birth, Sex.FEMALE, next).or(() -> Iin.form(birth, Sex.FEMALE, next + 1)).orElseThrow();
        importRecord(first.value(), birth, Sex.FEMALE);

        IinRecord formed = register.form(RegisterTestData.person(birth, Sex.FEMALE), "t", null);
        assertNotEquals(first.value(), formed.iin);
    }

    @Test
    void exhaustedPrefixIsADomainErrorAndLeavesNothingBehind() {
        LocalDate birth = LocalDate.of(1903, 7, 8);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO iin_serial_counter (prefix, last_serial) VALUES (:p, 9999)")
                .setParameter("p", SerialAllocator.prefix(birth, Sex.MALE)).executeUpdate());
        long persons = QuarkusTransaction.requiringNew().call(() -> Person.count());

        RegisterException e = assertThrows(RegisterException.class,
                () -> register.form(RegisterTestData.person(birth, Sex.MALE), "t", null));
        assertEquals(RegisterException.Reason.SERIALS_EXHAUSTED, e.reason());
        long after = QuarkusTransaction.requiringNew().call(() -> Person.count());
        assertEquals(persons, after, "the person was rolled back");
    }

    @Test
    void correctionOfBirthDateFormsANewNumberAndLinksTheOldOne() {
        PersonData data = RegisterTestData.person(LocalDate.of(1990, 1, 1), Sex.MALE);
        IinRecord old = register.form(data, "op1", "APP-F");

        Register.Correction correction = register.correct(old.iin,
                data.withBirthDate(LocalDate.of(1990, 1, 10)), false, "op2", "APP-C");

        assertTrue(correction.numberChanged());
        assertEquals(old.iin, correction.previousIin());
        Iin replacement = Iin.parse(correction.current().iin);
        assertEquals(LocalDate.of(1990, 1, 10), replacement.birthDate());
        QuarkusTransaction.requiringNew().run(() -> {
            IinRecord before = IinRecord.findByIin(old.iin).orElseThrow();
            assertEquals(IinStatus.CORRECTED, before.status);
            assertEquals(replacement.value(), before.replacedBy);
            IinRecord after = IinRecord.findByIin(replacement.value()).orElseThrow();
            assertEquals(IinStatus.ACTIVE, after.status);
            assertEquals(before.person.id, after.person.id, "same person, new number");
            assertEquals("APP-C", after.formedByApplication);

            List<PersonChange> history = PersonChange.of(after.person);
            assertEquals(List.of("birthDate", "iin"), history.stream().map(c -> c.field).toList());
            assertEquals("1990-01-01", history.get(0).oldValue);
            assertEquals("1990-01-10", history.get(0).newValue);
            assertEquals(old.iin, history.get(1).oldValue);
            assertEquals("op2", history.get(1).changedBy);
        });
        // Looking up the corrected number leads to its replacement.
        assertEquals(replacement.value(), register.current(old.iin).orElseThrow().iin);
    }

    @Test
    void correctionOfSexFormsANewNumber() {
        PersonData data = RegisterTestData.person(LocalDate.of(1975, 5, 5), Sex.MALE);
        IinRecord old = register.form(data, "op", null);
        Register.Correction correction = register.correct(old.iin, data.withSex(Sex.FEMALE), false, "op", null);
        assertTrue(correction.numberChanged());
        assertEquals(Sex.FEMALE, Iin.parse(correction.current().iin).sex());
        assertEquals('4', correction.current().iin.charAt(6));
    }

    @Test
    void nameOrDocumentCorrectionKeepsTheNumberAndRecordsHistory() {
        PersonData data = RegisterTestData.person(LocalDate.of(1981, 8, 9), Sex.FEMALE);
        IinRecord record = register.form(data, "op", null);
        PersonData.Document reissued = new PersonData.Document(DocumentType.PASSPORT, "NEW" + System.nanoTime(),
                "DE", LocalDate.of(2025, 1, 1), LocalDate.of(2035, 1, 1));

        Register.Correction correction = register.correct(record.iin,
                data.withNames("O'NEILL-SMITH", "ANNA MARIA").withDocument(reissued), false, "op", "APP-N");

        assertFalse(correction.numberChanged());
        assertEquals(record.iin, correction.current().iin);
        QuarkusTransaction.requiringNew().run(() -> {
            IinRecord same = IinRecord.findByIin(record.iin).orElseThrow();
            assertEquals(IinStatus.ACTIVE, same.status);
            assertEquals("O'NEILL-SMITH", same.person.familyName);
            assertEquals(2, same.person.documents.size(), "re-issued passport added, old one kept");
            assertEquals(Set.of("familyName", "givenNames", "document"),
                    PersonChange.of(same.person).stream().map(c -> c.field).collect(Collectors.toSet()));
        });
    }

    @Test
    void duplicateOrBadCheckDigitIsCorrectedWithANewNumber() {
        PersonData data = RegisterTestData.person(LocalDate.of(1970, 10, 10), Sex.MALE);
        IinRecord record = register.form(data, "op", null);
        assertTrue(register.correct(record.iin, data, true, "op", null).numberChanged());

        // An imported number with a wrong check digit: its date and sex are right, the digit is not.
        LocalDate birth = LocalDate.of(1904, 9, 9);
        Iin good = Iin.form(birth, Sex.MALE, 5000).or(() -> Iin.form(birth, Sex.MALE, 5001)).orElseThrow();
        String bad = good.value().substring(0, 11) + ((good.value().charAt(11) - '0' + 1) % 10);
        assertFalse(Iin.isValid(bad));
        PersonData imported = importRecord(bad, birth, Sex.MALE);
        Register.Correction correction = register.correct(bad, imported, false, "op", null);
        assertTrue(correction.numberChanged());
        assertTrue(Iin.isValid(correction.current().iin));
    }

    @Test
    void aCorrectedNumberIsNeverCorrectedAgainNorReused() {
        PersonData data = RegisterTestData.person(LocalDate.of(1905, 1, 2), Sex.FEMALE);
        IinRecord old = register.form(data, "op", null);
        Register.Correction first = register.correct(old.iin, data.withBirthDate(LocalDate.of(1905, 1, 3)), false,
                "op", null);

        RegisterException e = assertThrows(RegisterException.class,
                () -> register.correct(old.iin, data, false, "op", null));
        assertEquals(RegisterException.Reason.NOT_ACTIVE, e.reason());

        // Moving the person back to the old birth date gives a new serial, never the corrected number.
        Register.Correction back = register.correct(first.current().iin, data, false, "op", null);
        assertTrue(back.numberChanged());
        assertNotEquals(old.iin, back.current().iin);
        assertEquals(back.current().iin, register.current(old.iin).orElseThrow().iin, "chain followed to the end");

        assertEquals(RegisterException.Reason.NOT_FOUND, assertThrows(RegisterException.class,
                () -> register.correct("000000000000", data, false, "op", null)).reason());
    }

    @Test
    void demoDataIsGeneratedWithTheRealAllocator() {
        long before = QuarkusTransaction.requiringNew().call(() -> IinRecord.count());
        new DemoRegister() {
            {
                register = RegisterTest.this.register;
            }
        }.seed(20, new Random(7));
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(IinRecord.count() >= before + 20);
            List<IinRecord> all = IinRecord.listAll();
            assertTrue(all.stream().allMatch(r -> Iin.isValid(r.iin) || r.formedBy.equals("import")));
            assertTrue(all.stream().anyMatch(r -> r.status == IinStatus.CORRECTED));
        });
    }

    /** A record as an import from an older system would leave it: any digits, bypassing the allocator. */
    static PersonData importRecord(String iin, LocalDate birth, Sex sex) {
        PersonData data = RegisterTestData.person(birth, sex);
        QuarkusTransaction.requiringNew().run(() -> {
            Person person = Person.from(data);
            person.persist();
            IinRecord record = new IinRecord();
            record.iin = iin;
            record.person = person;
            record.status = IinStatus.ACTIVE;
            record.formedAt = OffsetDateTime.now();
            record.formedBy = "import";
            record.persist();
        });
        return data;
    }

    @Test
    void oneTransactionFormingTwiceForTheSamePrefixDoesNotWaitForItself() {
        LocalDate birth = LocalDate.of(1907, 7, 7);
        List<String> formed = QuarkusTransaction.requiringNew().timeout(20).call(() -> List.of(
                register.form(RegisterTestData.person(birth, Sex.MALE), "t", null).iin,
                register.form(RegisterTestData.person(birth, Sex.MALE), "t", null).iin,
                register.form(RegisterTestData.person(birth, Sex.MALE), "t", null).iin));
        assertEquals(3, Set.copyOf(formed).size());
    }

    @Test
    void registerRejectsAMalformedNumberAtTheDatabase() {
        assertThrows(Exception.class, () -> importRecord("12345", LocalDate.of(1906, 1, 1), Sex.MALE));
        assertNull(register.find("12345").orElse(null));
    }
}
